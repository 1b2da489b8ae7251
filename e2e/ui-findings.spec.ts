import AxeBuilder from '@axe-core/playwright';
import { expect, FIXTURE_MODELS, test } from './fixtures';
import { chatFixture } from '../scripts/fixture-model/fixture-scripts';
import { chooseMode, lastAssistantMessage, sendMessage, setStopWhenSettled } from './helpers';

test.describe(() => {
  test.use({ loadedModel: FIXTURE_MODELS.loop });
  test('while an answer streams, the composer neither says no model is loaded nor shows an empty tally', async ({
    page,
  }) => {
    await setStopWhenSettled(page, false);
    await chooseMode(page, 'Think');
    await sendMessage(page, 'think for a while');
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    await expect(
      lastAssistantMessage(page).getByText('Still thinking', { exact: false }),
    ).toBeVisible();
    await expect(page.getByText('No model is loaded yet')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Choose a model' })).toHaveCount(0);
    await expect(page.getByTestId('route-summary')).toHaveCount(0);
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.getByTestId('route-summary')).toHaveText('This chat: 1 Think');
  });
});

test.describe(() => {
  test.use({ loadedModel: FIXTURE_MODELS.chat });
  test('Auto claims no saved thinking when commands chose every mode', async ({ page }) => {
    await chooseMode(page, 'Auto');
    await sendMessage(page, '/think hi');
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
    await sendMessage(page, '/no_think hi');
    await expect(page.getByRole('article', { name: 'Assistant message' })).toHaveCount(2);
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
    await expect(page.getByTestId('route-summary')).toHaveText('This chat: 1 Quick, 1 Think');
  });
});

test.describe(() => {
  test.use({ loadedModel: FIXTURE_MODELS.chat });
  test('the context select, the meter and the answer details agree on the numbers', async ({
    page,
  }) => {
    // The CPU engine asks for 8K; the fixture was trained for 4K and reads at most that much.
    await page.getByRole('button', { name: /^Model:/ }).click();
    const model = page.getByRole('dialog');
    await expect(model.getByLabel('Context length')).toHaveValue('4096');
    await expect(model.getByLabel('Context length').locator('option')).toHaveText(['4K']);
    await page.keyboard.press('Escape');
    await expect(page.getByLabel('Context used')).toHaveAttribute('aria-valuetext', / \/ 4,096 /);

    await chooseMode(page, 'Quick');
    // Each step waits until the meter has counted the new state (it recounts after typing pauses).
    const meter = page.getByLabel('Context used');
    const used = async () => (await meter.getAttribute('aria-valuetext'))?.split(' ')[0];
    const empty = await used();
    await page.getByRole('textbox', { name: 'Message' }).fill('What is the capital of France?');
    await expect.poll(used).not.toBe(empty);
    const firstCount = await used();
    await page.getByRole('textbox', { name: 'Message' }).press('Enter');
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
    await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
    // The second turn goes out with the first one: the meter counts all of it, and so do the details.
    await expect.poll(used).not.toBe(firstCount);
    const withEmptyDraft = await used();
    await page.getByRole('textbox', { name: 'Message' }).fill('And of Germany?');
    await expect.poll(used).not.toBe(withEmptyDraft);
    const counted = await used();
    await page.getByRole('textbox', { name: 'Message' }).press('Enter');
    await expect(page.getByRole('article', { name: 'Assistant message' })).toHaveCount(2);
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
    await lastAssistantMessage(page)
      .getByLabel(/^Answer details/)
      .click();
    await expect(lastAssistantMessage(page).locator('dt:text-is("Prompt") + dd')).toHaveText(
      `${counted} tokens`,
    );
  });
});

test.describe(() => {
  test.use({ loadedModel: FIXTURE_MODELS.chat });
  test('search shows one row per chat under a heading, with every word searched for marked', async ({
    page,
  }) => {
    await chooseMode(page, 'Quick');
    for (const text of ['What is the capital of France?', 'What is the capital of France?']) {
      await sendMessage(page, text);
      await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
    }
    await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
    await page.getByRole('button', { name: 'New chat' }).click();
    await sendMessage(page, 'Tell me about France');
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
    await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();

    await page.getByRole('searchbox', { name: 'Search chats' }).fill('capital france');
    await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('button')).toHaveCount(1);
    await expect(results.getByRole('button')).toContainText('2 matches');
    await expect(results.locator('mark')).toHaveText(['capital', 'France']);
    // The full list is not shown underneath the results.
    await expect(page.getByRole('button', { name: 'Tell me about France' })).toHaveCount(0);
  });
});

test.describe(() => {
  test.use({ loadedModel: FIXTURE_MODELS.chat });
  test('the Undo of a deleted chat is legible (contrast checked by axe)', async ({ page }) => {
    await chooseMode(page, 'Quick');
    await sendMessage(page, 'delete me');
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
    await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Conversations' })
      .getByRole('button', { name: 'Delete delete me' })
      .click();
    const toast = page.getByRole('status').filter({ hasText: 'Deleted' });
    await expect(toast.getByRole('button', { name: 'Undo' })).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('[role="status"]')
      .withRules(['color-contrast'])
      .analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => n.html))).toEqual([]);
  });
});

test.describe(() => {
  test.use({ loadedModel: FIXTURE_MODELS.chat });
  test('offline, the first screen says the model needs one download and offers one already here', async ({
    page,
    context,
  }) => {
    await page.getByRole('button', { name: /^Model:/ }).click();
    const picker = page.getByRole('radiogroup', { name: 'Model' });
    const fixtureCard = picker
      .locator('div')
      .filter({ has: page.getByRole('radio', { name: 'Fixture chat' }) })
      .last();
    expect((await fixtureCard.textContent())?.match(/cached/g)).toHaveLength(1);
    await picker.getByRole('radio', { name: 'Qwen3 0.6B' }).check();
    await context.setOffline(true);
    const note = page.getByRole('note').filter({ hasText: 'You are offline' });
    await expect(note).toContainText(
      'Qwen3 0.6B must be downloaded once while online; after that it works without a network.',
    );
    await note.getByRole('button', { name: 'Use Fixture chat' }).click();
    await expect(picker.getByRole('radio', { name: 'Fixture chat' })).toBeChecked();
    await expect(note).toHaveCount(0);
  });
});

test('the default model without a network says so, with its address, not a CORS riddle', async ({
  page,
  context,
}) => {
  // Nothing leaves the machine: every request to the model host fails as with no network.
  await context.route('https://huggingface.co/**', (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await page.getByRole('radio', { name: 'Qwen3 0.6B' }).check();
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('There seems to be no internet connection.');
  await expect(alert).toContainText(
    'Address: https://huggingface.co/Qwen/Qwen3-0.6B-GGUF/resolve/main/Qwen3-0.6B-Q8_0.gguf',
  );
  await expect(alert).not.toContainText('cross-origin');
});
