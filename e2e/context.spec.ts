import type { Page } from '@playwright/test';
import {
  chatFixture,
  endlessFixture,
  thinkerFixture,
} from '../scripts/fixture-model/fixture-scripts';
import { expect, FIXTURE_MODELS, test } from './fixtures';
import {
  chooseMode,
  lastAssistantMessage,
  loadFixtureModel,
  sendMessage,
  setStopWhenSettled,
  textLength,
} from './helpers';

/** The meter's "used / total" as numbers. */
async function meterNumbers(page: Page): Promise<{ used: number; total: number }> {
  const meter = page.getByRole('meter', { name: 'Context used' });
  const text = (await meter.getAttribute('aria-valuetext')) ?? '';
  const match = /([\d,]+) \/ ([\d,]+) tokens/.exec(text);
  if (!match?.[1] || !match[2]) throw new Error(`Unexpected meter text: ${text}`);
  return { used: Number(match[1].replace(/,/g, '')), total: Number(match[2].replace(/,/g, '')) };
}

test('a thinker that never stops still answers, and says thinking was cut for the answer', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await loadFixtureModel(page, thinkerFixture.fileName, 'Fixture thinker');
  // Its trial answer is settled at once: with that rule on, thinking would end long before the cut.
  await setStopWhenSettled(page, false);
  await chooseMode(page, 'Think');
  await sendMessage(page, 'think forever');
  const reply = lastAssistantMessage(page);
  await expect(reply.getByTestId('answer')).toHaveText(thinkerFixture.answer, {
    timeout: 90_000,
  });
  await expect(reply).toContainText('Thinking was cut to leave room for the answer');
  await reply.getByText(/^Think · /).click();
  await expect(reply.getByRole('definition').filter({ hasText: 'Thinking cut' })).toBeVisible();
});

test('a never-ending answer is cut off, Continue extends it, and the chat goes on', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await loadFixtureModel(page, endlessFixture.fileName, 'Fixture endless');
  await chooseMode(page, 'Quick');
  await sendMessage(page, 'tell me a story');
  const reply = lastAssistantMessage(page);
  await expect(reply).toContainText('Cut off at the context limit.', { timeout: 60_000 });
  const answer = reply.getByTestId('answer');
  const firstLength = await textLength(answer);
  expect(firstLength).toBeGreaterThan(1000);

  await reply.getByRole('button', { name: 'Continue' }).click();
  await expect
    .poll(() => textLength(answer), { timeout: 60_000 })
    .toBeGreaterThan(firstLength + 1000);
  await expect(reply).toContainText('Cut off at the context limit.', { timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Assistant message' })).toHaveCount(1);

  // The first turn now fills the context: the next message is sent without it.
  await sendMessage(page, 'and another one');
  await expect(page.getByRole('separator')).toHaveText(
    'Earlier messages are not sent to the model',
  );
  await expect(page.getByRole('article', { name: 'Assistant message' })).toHaveCount(2);
  await expect(lastAssistantMessage(page)).toContainText('Cut off at the context limit.', {
    timeout: 60_000,
  });
  const { total } = await meterNumbers(page);
  expect(total).toBe(endlessFixture.contextLength);
});

test.describe('with the chat fixture', () => {
  test.use({ loadedModel: FIXTURE_MODELS.chat });

  test('an oversized message is refused with its numbers and stays in the composer', async ({
    page,
  }) => {
    const huge = 'All work and no play makes Jack a dull boy. '.repeat(700);
    await page.getByRole('textbox', { name: 'Message' }).fill(huge);
    await expect(page.getByText('Too long to send')).toBeVisible();
    await page.getByRole('textbox', { name: 'Message' }).press('Enter');
    await expect(page.getByRole('alert')).toContainText('This message is too long to send');
    await expect(page.getByRole('alert')).toContainText(/\d[\d,]* tokens/);
    await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue(huge);
    await expect(page.getByRole('article', { name: 'Your message' })).toHaveCount(0);
  });

  test('the meter counts the next request the way the engine does', async ({ page }) => {
    await chooseMode(page, 'Quick');
    await page.getByRole('textbox', { name: 'Message' }).fill('How many tokens is this message?');
    await expect(page.getByRole('meter', { name: 'Context used' })).toBeVisible();
    await expect.poll(async () => (await meterNumbers(page)).used).toBeGreaterThan(10);
    const { used, total } = await meterNumbers(page);
    expect(total).toBe(4096);
    await page.getByRole('textbox', { name: 'Message' }).press('Enter');
    const reply = lastAssistantMessage(page);
    await expect(reply.getByTestId('answer')).toHaveText(chatFixture.answer);
    await reply.getByText(/^Quick · /).click();
    // llama.cpp reports the prompt it evaluated: the first request of a chat has no cache.
    await expect(reply.locator('dt:text-is("Prompt") + dd')).toHaveText(`${used} tokens`);
  });

  test('the context length shows what the model runs with and says a change reloads it', async ({
    page,
  }) => {
    await page.getByRole('button', { name: 'Model: Fixture chat · CPU' }).click();
    const select = page.getByRole('dialog').getByLabel('Context length');
    // The app asked for 8K, but the fixture was trained for 4K: it runs with that, and says so,
    // offering no length it could not use.
    await expect(select).toHaveValue('4096');
    await expect(select.locator('option')).toHaveText(['4K']);
    await expect(page.getByText('Changing it reloads the model.')).toBeVisible();
    await expect(page.getByRole('dialog')).toContainText('This model was trained for 4K');
  });
});
