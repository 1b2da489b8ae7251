import { expect, test } from '@playwright/test';
import { splitCharsFixture, splitLoopFixture } from '../scripts/fixture-model/fixture-scripts';
import { chooseMode, lastAssistantMessage, loadFixtureModel, sendMessage } from './helpers';

// Both fixtures emit characters as several tokens that are not complete UTF-8 on their own.

test('characters split across tokens arrive whole, in the thinking and in the answer', async ({
  page,
}) => {
  await page.goto('/');
  await loadFixtureModel(page, splitCharsFixture.fileName, 'Fixture split');
  await chooseMode(page, 'Think');
  await sendMessage(page, 'hi');
  const reply = lastAssistantMessage(page);
  await expect(reply.getByTestId('answer')).toHaveText(splitCharsFixture.answer);
  await reply.getByRole('button', { name: /^Thought for/ }).click();
  await expect(reply.getByRole('region', { name: 'Thinking' })).toHaveText(
    splitCharsFixture.thinking,
  );
});

test('the thinking budget’s raw continuation writes split characters whole', async ({ page }) => {
  await page.goto('/');
  await loadFixtureModel(page, splitLoopFixture.fileName, 'Fixture split loop');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Thinking budget').selectOption('256');
  await page.getByRole('button', { name: 'Close' }).click();
  await chooseMode(page, 'Think');
  await sendMessage(page, 'think forever');
  const reply = lastAssistantMessage(page);
  await expect(reply.getByTestId('answer')).toHaveText(splitLoopFixture.answer, {
    timeout: 45_000,
  });
  await expect(reply).toContainText('Thinking budget reached');
  await reply.getByRole('button', { name: /^Thought for/ }).click();
  await expect(reply.getByRole('region', { name: 'Thinking' })).toContainText(
    'Circling around 鷲 again...',
  );
});
