import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_ORIGIN } from './helpers';

/** A host the policy does not allow (loopback, another port: nothing could leave the machine). */
const BLOCKED_ORIGIN = 'http://127.0.0.1:4999';

async function addModelUrl(page: Page, url: string, name: string) {
  await page.getByRole('button', { name }).click();
  const form = page.getByRole('form', { name });
  await form.getByRole('textbox').first().fill(url);
  await form.getByRole('button', { name: /^(Add model|Modell hinzufügen)$/u }).click();
  return form;
}

test('a model host the policy blocks is refused before any request, with the way out', async ({
  page,
  context,
}) => {
  const requested: string[] = [];
  context.on('request', (request) => requested.push(request.url()));
  await page.goto('/');
  const form = await addModelUrl(page, `${BLOCKED_ORIGIN}/models/chat.gguf`, 'Add model from URL');
  const alert = form.getByRole('alert');
  await expect(alert).toContainText(
    `${BLOCKED_ORIGIN} is not a host this copy of MindSwitch may download from.`,
  );
  await expect(alert).toContainText(
    `It may download models only from its own address and from: huggingface.co, *.huggingface.co, *.hf.co, raw.githubusercontent.com, ${FIXTURE_ORIGIN}.`,
  );
  await expect(alert).toContainText('open it with “Open GGUF file…”');
  await expect(alert).toContainText('as the README’s “Hosting” section says');
  // Said before asking: no request for it was even attempted.
  expect(requested.filter((url) => url.startsWith(BLOCKED_ORIGIN))).toEqual([]);
  await expect(page.getByRole('radio', { name: /^chat/u })).toHaveCount(0);
});

test('a Hugging Face page link is taken as its download link', async ({ page }) => {
  const asked: string[] = [];
  // Answered here, so nothing leaves the machine: a GGUF file's first bytes, as the Hub sends them.
  await page.route('https://huggingface.co/**', async (route) => {
    asked.push(`${route.request().method()} ${route.request().url()}`);
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*' };
    if (route.request().method() === 'OPTIONS')
      return route.fulfill({ status: 204, headers: cors });
    await route.fulfill({
      status: 206,
      headers: {
        ...cors,
        'Access-Control-Expose-Headers': 'Content-Range',
        'Content-Range': 'bytes 0-3/639446688',
      },
      body: Buffer.from('GGUF'),
    });
  });
  await page.goto('/');
  const page_ = 'https://huggingface.co/Qwen/Qwen3-0.6B-GGUF/blob/main/Qwen3-0.6B-Q8_0.gguf';
  await addModelUrl(page, page_, 'Add model from URL');
  await expect(page.getByRole('radio', { name: 'Qwen3-0.6B-Q8_0' })).toBeChecked();
  expect(asked.filter((line) => line.startsWith('GET'))).toEqual([
    'GET https://huggingface.co/Qwen/Qwen3-0.6B-GGUF/resolve/main/Qwen3-0.6B-Q8_0.gguf',
  ]);
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test('the refusal names the host and the ways out in German', async ({ page }) => {
    await page.goto('/');
    const form = await addModelUrl(
      page,
      `${BLOCKED_ORIGIN}/models/chat.gguf`,
      'Modell per URL hinzufügen',
    );
    await expect(form.getByRole('alert')).toContainText(
      `${BLOCKED_ORIGIN} ist kein Host, von dem diese Kopie von MindSwitch laden darf.`,
    );
    await expect(form.getByRole('alert')).toContainText('„GGUF-Datei öffnen…“');
  });
});
