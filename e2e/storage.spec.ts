import { expect, FIXTURE_MODELS, test } from './fixtures';
import { chatFixture } from '../scripts/fixture-model/fixture-scripts';
import { lastAssistantMessage, loadFixtureModel, sendMessage } from './helpers';

test.describe(() => {
  test.use({ loadedModel: FIXTURE_MODELS.chat });
  test('the storage view lists the downloaded fixture model and deletes it', async ({ page }) => {
    await page.getByRole('button', { name: 'Storage' }).click();
    const dialog = page.getByRole('dialog', { name: 'Storage' });
    const list = dialog.getByRole('list', { name: 'Downloaded models' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list).toContainText('Fixture chat');
    await expect(list).toContainText('CPU (wllama) · 17 MB');
    await expect(dialog).toContainText(/Using .* of .* available to this site\./);
    // The first download asked for persistent storage; the answer is shown, whatever it was.
    await expect(dialog).not.toContainText('Not requested yet');

    await list.getByRole('button', { name: 'Delete Fixture chat' }).click();
    await expect(list).toContainText('No models downloaded yet.');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'No model loaded' })).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: 'Model' })).not.toContainText('cached');
  });
});

test.describe(() => {
  test.use({ loadedModel: FIXTURE_MODELS.chat });
  test('only one tab holds a model; another tab can take it over', async ({ page, context }) => {
    const second = await context.newPage();
    await second.goto('/');
    await expect(second.getByRole('radio', { name: 'Fixture chat' })).toBeChecked();
    // The second tab tries to load the last model by itself and finds it held by the first.
    const notice = second.getByRole('alert');
    await expect(notice).toContainText('MindSwitch is running a model in another tab');
    await expect(notice).toContainText('so your memory is not used twice');
    // Taking the model over is the one action offered; no second "Load" beside it.
    await expect(second.getByRole('button', { name: 'Load', exact: true })).toBeHidden();
    await notice.getByRole('button', { name: 'Use it in this tab' }).click();
    await expect(
      second.getByRole('status').filter({ hasText: 'Fixture chat · CPU' }),
    ).toBeVisible();
    await expect(page.getByText('The model moved to another MindSwitch tab.')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'No model loaded' })).toBeVisible();

    await sendMessage(second, 'hi');
    await expect(lastAssistantMessage(second).getByTestId('answer')).toHaveText(chatFixture.answer);
  });
});

test('without navigator.locks, still only one tab holds a model and another can take it over', async ({
  context,
}) => {
  // Older Safari and some embedded browsers have no Web Locks.
  await context.addInitScript(() => {
    delete (Navigator.prototype as { locks?: unknown }).locks;
  });
  const page = await context.newPage();
  await page.goto('/');
  expect(await page.evaluate(() => 'locks' in navigator)).toBe(false);
  await loadFixtureModel(page, chatFixture.fileName, 'Fixture chat');

  const second = await context.newPage();
  await second.goto('/');
  const notice = second.getByRole('alert');
  await expect(notice).toContainText('MindSwitch is running a model in another tab');
  await notice.getByRole('button', { name: 'Use it in this tab' }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Fixture chat · CPU' })).toBeVisible();
  await expect(page.getByText('The model moved to another MindSwitch tab.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'No model loaded' })).toBeVisible();
});
