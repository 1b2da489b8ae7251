import { expect, FIXTURE_MODELS, test } from './fixtures';
import { chatFixture, loopFixture } from '../scripts/fixture-model/fixture-scripts';
import {
  FIXTURE_ORIGIN,
  addGgufModel,
  chooseMode,
  fixtureRequests,
  fixtureUrl,
  lastAssistantMessage,
  loadFixtureModel,
  resetFixtureRequests,
  sendMessage,
  setStopWhenSettled,
} from './helpers';

test.beforeEach(async () => {
  await resetFixtureRequests();
});

test('without WebGPU the CPU engine is offered with Qwen3 0.6B', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/MindSwitch/);
  await expect(
    page.getByText('WebGPU is not available: MindSwitch will run on the CPU.'),
  ).toBeVisible();
  const picker = page.getByRole('radiogroup', { name: 'Model' });
  await expect(picker.getByRole('radio')).toHaveCount(1);
  await expect(picker.getByRole('radio', { name: 'Qwen3 0.6B' })).toBeChecked();
  await expect(picker).toContainText('GGUF · CPU');
});

test('loads the fixture model from a URL, shows progress and streams the scripted reply', async ({
  page,
}) => {
  await page.goto('/');
  await addGgufModel(page, fixtureUrl(chatFixture.fileName), 'Fixture chat');
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(page.getByLabel('Model loading progress')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Fixture chat · CPU' })).toBeVisible();
  // wllama runs in the app's own worker, off the page's main thread; that worker is
  // cross-origin isolated too, so llama.cpp may use several threads there.
  const host = page.workers().find((worker) => worker.url().includes('wllama-host-worker'));
  expect(await host?.evaluate(() => crossOriginIsolated)).toBe(true);

  await chooseMode(page, 'Think');
  await sendMessage(page, 'hi');
  await expect(
    page.getByRole('article', { name: 'Your message' }).getByTestId('user-text'),
  ).toHaveText('hi');
  const reply = lastAssistantMessage(page);
  await expect(reply.getByTestId('answer')).toHaveText(chatFixture.answer);
  await expect(
    reply.getByRole('button', { name: /^Thought for \d+\.\d s · \d+ tokens$/ }),
  ).toBeVisible();
  await reply.getByRole('button', { name: /^Thought for/ }).click();
  await expect(reply.getByRole('region', { name: 'Thinking' })).toHaveText(chatFixture.thinking);

  // Multi-turn: the second reply comes after the first, both kept.
  await sendMessage(page, 'again');
  await expect(page.getByRole('article', { name: 'Assistant message' })).toHaveCount(2);
  await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeEnabled();
});

test.describe(() => {
  test.use({ loadedModel: FIXTURE_MODELS.loop });
  test('Stop ends a runaway generation at once and keeps the partial text', async ({ page }) => {
    // The loop's confident trial answer would end its thinking at the first probe.
    await setStopWhenSettled(page, false);
    await chooseMode(page, 'Think');
    await sendMessage(page, 'think forever');
    const reply = lastAssistantMessage(page);
    const thinking = reply.getByRole('region', { name: 'Thinking' });
    await expect(thinking).toContainText(`${loopFixture.thinking.trim()}${loopFixture.thinking}`);
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(reply).toContainText('Stopped. The text so far is kept.');
    const kept = await thinking.textContent();
    expect(kept).toContain(loopFixture.thinking.trim());
    await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
    // Nothing more streams in after Stop.
    await page.getByRole('textbox', { name: 'Message' }).fill('next');
    await expect(thinking).toHaveText(kept ?? '');
  });
});

test('a second visit loads the model from the browser cache without fetching the weights', async ({
  page,
}) => {
  await page.goto('/');
  await loadFixtureModel(page, chatFixture.fileName, 'Fixture chat');
  const weightsPath = `/models/${chatFixture.fileName}`;
  expect((await fixtureRequests()).some((r) => r.path === weightsPath && r.method === 'GET')).toBe(
    true,
  );

  await resetFixtureRequests();
  await page.reload();
  const picker = page.getByRole('radiogroup', { name: 'Model' });
  await expect(picker.getByRole('radio', { name: 'Fixture chat' })).toBeChecked();
  await expect(picker).toContainText('cached');
  // The last used model loads again by itself (Settings: "Load last model on start").
  await expect(page.getByRole('status').filter({ hasText: 'Fixture chat · CPU' })).toBeVisible();
  await sendMessage(page, 'hi');
  await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
  expect(await fixtureRequests()).toEqual([]);
});

test('a model URL that fails shows a clear error and the app stays usable', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add model from URL' }).click();
  const form = page.getByRole('form', { name: 'Add model from URL' });
  await form.getByLabel('GGUF URL').fill(fixtureUrl('missing.gguf'));
  await form.getByLabel('Name (optional)').fill('Broken model');
  await form.getByRole('button', { name: 'Add model' }).click();
  const alert = form.getByRole('alert');
  await expect(alert).toContainText('The model file was not found');
  await expect(alert).toContainText('HTTP 404');
  await expect(page.getByRole('radio', { name: 'Broken model' })).toHaveCount(0);

  // The user recovers by loading a working model; the chat works.
  await form.getByRole('button', { name: 'Close' }).click();
  await loadFixtureModel(page, chatFixture.fileName, 'Fixture chat');
  await sendMessage(page, 'hi');
  await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
});

test('Cancel stops a download in progress', async ({ page }) => {
  await page.goto('/');
  // Slow the download down so there is something to cancel.
  await page.route('**/models/loop.gguf', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    await route.continue();
  });
  await addGgufModel(page, fixtureUrl(loopFixture.fileName), 'Slow model');
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(page.getByLabel('Model loading progress')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No model loaded' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load', exact: true })).toBeEnabled();
});

test('a model host without CORS is reported when the model is added', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Add model from URL' }).click();
  const form = page.getByRole('form', { name: 'Add model from URL' });
  await form.getByLabel('GGUF URL').fill(`${FIXTURE_ORIGIN}/no-cors/model.gguf`);
  await form.getByRole('button', { name: 'Add model' }).click();
  await expect(form.getByRole('alert')).toContainText('The model server could not be reached');
  await expect(form.getByRole('alert')).toContainText('blocks cross-origin requests');
});
