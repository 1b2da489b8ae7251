import { expect, test } from '@playwright/test';
import { chatFixture } from '../scripts/fixture-model/fixture-scripts';
import { BOOT_SCRIPT_HASH } from '../scripts/prerender/boot-script';
import {
  chooseMode,
  FIXTURE_ORIGIN,
  inlineScriptRuns,
  lastAssistantMessage,
  loadFixtureModel,
  sendMessage,
} from './helpers';

test('a whole session talks only to the app and the model host', async ({
  page,
  context,
  baseURL,
}) => {
  const origins = new Set<string>();
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'http:' || url.protocol === 'https:') origins.add(url.origin);
  });

  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await loadFixtureModel(page, chatFixture.fileName, 'Fixture chat');
  const answers = page.getByRole('article', { name: 'Assistant message' });
  for (const [index, mode] of (['Quick', 'Think', 'Draft + refine', 'Auto'] as const).entries()) {
    await chooseMode(page, mode);
    await sendMessage(page, `hello in ${mode}`);
    // The new answer, not the one before it (which already holds the same text).
    await expect(answers).toHaveCount(index + 1);
    await expect(lastAssistantMessage(page).getByTestId('answer')).toContainText(
      chatFixture.answer,
    );
    await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all (JSON)' }).click();
  await download;

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('status', { name: 'Offline' })).toBeVisible();
  await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
  // Served by the service worker from its cache: the policy holds offline too.
  expect(await inlineScriptRuns(page)).toBe(false);

  expect([...origins].sort()).toEqual([new URL(baseURL ?? '').origin, FIXTURE_ORIGIN].sort());
});

test('the Content-Security-Policy is sent and blocks inline scripts and other hosts', async ({
  page,
}) => {
  const response = await page.goto('/');
  const policy = (await response?.headerValue('content-security-policy')) ?? '';
  // Of inline scripts, only the prerendered page's boot script (theme before the first paint).
  expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${BOOT_SCRIPT_HASH};`);
  expect(policy).toContain(FIXTURE_ORIGIN);
  expect(await inlineScriptRuns(page)).toBe(false);

  // A host that is not the app or a model host (loopback, so nothing leaves the machine).
  const blocked = await page.evaluate(() =>
    fetch('http://127.0.0.2:9/').then(
      () => 'fetched',
      (err: unknown) => String(err),
    ),
  );
  expect(blocked).toContain('Failed to fetch');
  // The catalog's model host stays allowed by the policy (no request is made here).
  expect(policy).toMatch(/connect-src [^;]*https:\/\/huggingface\.co/u);
});
