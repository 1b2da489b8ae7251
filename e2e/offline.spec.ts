import { expect, test } from '@playwright/test';
import { chatFixture } from '../scripts/fixture-model/fixture-scripts';
import {
  addGgufModel,
  chooseMode,
  fixtureRequests,
  fixtureUrl,
  lastAssistantMessage,
  loadFixtureModel,
  resetFixtureRequests,
  sendMessage,
} from './helpers';

test('after one online visit the app opens offline, loads the cached model and answers', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await loadFixtureModel(page, chatFixture.fileName, 'Fixture chat');
  await chooseMode(page, 'Think');
  await sendMessage(page, 'hi');
  await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
  // Send is back once the finished answer is stored.
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();

  await resetFixtureRequests();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('status', { name: 'Offline' })).toBeVisible();
  await expect(
    page
      .getByRole('navigation', { name: 'Conversations' })
      .getByRole('button', { name: 'hi', exact: true }),
  ).toBeVisible();
  await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  const picker = page.getByRole('radiogroup', { name: 'Model' });
  await expect(picker.getByRole('radio', { name: 'Fixture chat' })).toBeChecked();
  await expect(picker).toContainText('cached');
  // The last used model loads again by itself, from the cache.
  await expect(page.getByRole('status').filter({ hasText: 'Fixture chat · CPU' })).toBeVisible();
  await sendMessage(page, 'hi again');
  await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
  expect(await fixtureRequests()).toEqual([]);
});

test('offline, a model that is not downloaded yet says so instead of failing silently', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await addGgufModel(page, fixtureUrl('html.gguf'), 'Not downloaded');
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('You are offline');
  await expect(page.getByRole('alert')).toContainText('not cached yet');
});
