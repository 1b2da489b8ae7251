import { expect, test, type Page } from '@playwright/test';
import { chatFixture, loopFixture } from '../scripts/fixture-model/fixture-scripts';
import {
  chooseMode,
  FIXTURE_ORIGIN,
  fixtureRequests,
  fixtureUrl,
  lastAssistantMessage,
  loadFixtureModel,
  resetFixtureRequests,
  sendMessage,
  setStopWhenSettled,
  setThinkingBudget,
} from './helpers';

test.beforeEach(async () => {
  await resetFixtureRequests();
});

/** Fills "Add model from URL" and submits; the check may refuse it. */
async function submitGgufUrl(page: Page, url: string, name: string) {
  await page.getByRole('button', { name: 'Add model from URL' }).click();
  const form = page.getByRole('form', { name: 'Add model from URL' });
  await form.getByLabel('GGUF URL').fill(url);
  await form.getByLabel('Name (optional)').fill(name);
  await form.getByRole('button', { name: 'Add model' }).click();
  return form;
}

/**
 * Crashes the CPU engine's worker the way a real fault shows itself to the page: an uncaught error
 * inside it. Done from outside through Playwright; the app has no test hook. The engine's worker
 * is the app's wllama host (it runs wllama, whose own workers run inside it); exactly that one is
 * crashed, as the app then ends it and every worker inside it at once.
 */
async function crashEngineWorker(page: Page) {
  const engine = page.workers().find((worker) => worker.url().includes('wllama-host-worker'));
  expect(engine).toBeDefined();
  await engine?.evaluate(() => {
    setTimeout(() => {
      throw new Error('injected crash: the engine worker died');
    }, 0);
  });
}

test('a crashed engine mid-answer: the answer is kept and marked, the model reloads by itself, Retry answers', async ({
  page,
}) => {
  await page.goto('/');
  await loadFixtureModel(page, loopFixture.fileName, 'Fixture loop');
  await setStopWhenSettled(page, false);
  await setThinkingBudget(page, '256');
  await chooseMode(page, 'Think');
  const weightsPath = `/models/${loopFixture.fileName}`;
  const downloads = (await fixtureRequests()).filter(
    (r) => r.path === weightsPath && r.method === 'GET',
  ).length;

  await sendMessage(page, 'think forever');
  const reply = lastAssistantMessage(page);
  const thinking = reply.getByRole('region', { name: 'Thinking' });
  await expect(thinking).toContainText(`${loopFixture.thinking.trim()}${loopFixture.thinking}`);
  await crashEngineWorker(page);

  await expect(reply).toContainText('Interrupted by an engine failure. The text so far is kept.');
  await expect(reply).toContainText('The inference engine failed');
  await expect(thinking).toContainText(loopFixture.thinking.trim());
  // A new engine reloads the same model from the browser cache, with no page reload.
  await expect(page.getByRole('status').filter({ hasText: 'Fixture loop · CPU' })).toBeVisible();
  const after = (await fixtureRequests()).filter(
    (r) => r.path === weightsPath && r.method === 'GET',
  ).length;
  expect(after).toBe(downloads);

  await reply.getByRole('button', { name: 'Retry' }).click();
  await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(loopFixture.answer, {
    timeout: 45_000,
  });
  await expect(page.getByRole('article', { name: 'Assistant message' })).toHaveCount(1);
  await expect(lastAssistantMessage(page)).not.toContainText('Interrupted by an engine failure');
});

test('a download cut off mid-file says so, and Retry downloads it and the model answers', async ({
  page,
}) => {
  await page.goto('/');
  await fetch(`${FIXTURE_ORIGIN}/__cut-next/${chatFixture.fileName}`);
  await submitGgufUrl(page, fixtureUrl(chatFixture.fileName), 'Fixture chat');
  await expect(page.getByRole('radio', { name: 'Fixture chat' })).toBeChecked();
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The download was interrupted');
  await expect(page.getByRole('radiogroup', { name: 'Model' })).not.toContainText('cached');

  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Fixture chat · CPU' })).toBeVisible();
  await sendMessage(page, 'hi');
  await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
});

test('a file that is not a GGUF model is refused at Add, and at Load if the host changes it', async ({
  page,
}) => {
  await page.goto('/');
  const url = fixtureUrl('notamodel.gguf');
  const form = await submitGgufUrl(page, url, 'Not a model');
  await expect(form.getByRole('alert')).toContainText(
    'This model was not added: This file is not a GGUF model',
  );
  await expect(page.getByRole('radio', { name: 'Not a model' })).toHaveCount(0);

  // A host that answers the check with a GGUF header but serves a web page for the download.
  await page.route(url, async (route) => {
    if (!route.request().headers()['range']) return route.continue();
    await route.fulfill({
      status: 206,
      headers: {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Expose-Headers': 'Content-Range',
        'Content-Range': 'bytes 0-3/70',
      },
      body: 'GGUF',
    });
  });
  await form.getByRole('button', { name: 'Add model' }).click();
  await expect(page.getByRole('radio', { name: 'Not a model' })).toBeChecked();
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('This file is not a GGUF model');
  await expect(page.getByRole('status').filter({ hasText: 'Not a model failed' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send' })).toBeDisabled();
  await expect(page.getByRole('radiogroup', { name: 'Model' })).not.toContainText('cached');
});

test('404, a server error and a refused connection each say what happened', async ({ page }) => {
  await page.goto('/');
  const form = await submitGgufUrl(page, fixtureUrl('missing.gguf'), 'Missing');
  const alert = form.getByRole('alert');
  await expect(alert).toContainText('The model file was not found');
  await expect(alert).toContainText('The server answered HTTP 404.');

  await form.getByLabel('GGUF URL').fill(`${FIXTURE_ORIGIN}/status/503/model.gguf`);
  await form.getByRole('button', { name: 'Add model' }).click();
  await expect(alert).toContainText('The model server failed');
  await expect(alert).toContainText('The server answered HTTP 503.');

  // A host the policy allows that refuses the connection (a host the policy does not allow is
  // refused before any request: e2e/host-policy.spec.ts).
  await page.route(`${FIXTURE_ORIGIN}/refused/**`, (route) => route.abort('connectionrefused'));
  await form.getByLabel('GGUF URL').fill(`${FIXTURE_ORIGIN}/refused/model.gguf`);
  await form.getByRole('button', { name: 'Add model' }).click();
  await expect(alert).toContainText('The model server could not be reached');
  await expect(alert).not.toContainText('HTTP');

  // The form keeps working: a good URL is added with its real size.
  await form.getByLabel('GGUF URL').fill(fixtureUrl(chatFixture.fileName));
  await form.getByLabel('Name (optional)').fill('Fixture chat');
  await form.getByRole('button', { name: 'Add model' }).click();
  const picker = page.getByRole('radiogroup', { name: 'Model' });
  await expect(picker.getByRole('radio', { name: 'Fixture chat' })).toBeChecked();
  await expect(picker).toContainText(/≈ [\d.,]+ (kB|MB) download/);
});

test('a full disk (quota) is reported before the download starts', async ({ page, context }) => {
  await page.goto('/');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(page.url()).origin,
    quotaSize: 1000,
  });
  await submitGgufUrl(page, fixtureUrl(chatFixture.fileName), 'Fixture chat');
  await expect(page.getByRole('radio', { name: 'Fixture chat' })).toBeChecked();
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Not enough storage space');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  expect(
    (await fixtureRequests()).filter((r) => r.path.endsWith(chatFixture.fileName)).length,
  ).toBe(1);
});
