import { expect, test } from '@playwright/test';
import { chatFixture, loopFixture } from '../scripts/fixture-model/fixture-scripts';
import { chooseMode, lastAssistantMessage, loadFixtureModel, sendMessage } from './helpers';

test('while an answer streams, the composer neither says no model is loaded nor shows an empty tally', async ({
  page,
}) => {
  await page.goto('/');
  await loadFixtureModel(page, loopFixture.fileName, 'Fixture loop');
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

test('Auto claims no saved thinking when commands chose every mode', async ({ page }) => {
  await page.goto('/');
  await loadFixtureModel(page, chatFixture.fileName, 'Fixture chat');
  await chooseMode(page, 'Auto');
  await sendMessage(page, '/think hi');
  await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
  await sendMessage(page, '/no_think hi');
  await expect(page.getByRole('article', { name: 'Assistant message' })).toHaveCount(2);
  await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
  await expect(page.getByTestId('route-summary')).toHaveText('This chat: 1 Quick, 1 Think');
});
