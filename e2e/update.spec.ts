import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loopFixture } from '../scripts/fixture-model/fixture-scripts';
import { contentSecurityPolicy } from '../scripts/csp/content-security-policy';
import {
  chooseMode,
  FIXTURE_ORIGIN,
  lastAssistantMessage,
  loadFixtureModel,
  sendMessage,
  setStopWhenSettled,
  textLength,
} from './helpers';
import { serveCopyOfBuild, type StaticSite } from './static-site';

let site: StaticSite;
test.beforeEach(async () => {
  site = await serveCopyOfBuild('dist', { modelHosts: [FIXTURE_ORIGIN] });
});
test.afterEach(async () => {
  await site.close();
});

test('a new version says "Update available" and reloads only when asked, never mid-answer', async ({
  page,
}) => {
  await page.goto(site.url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await loadFixtureModel(page, loopFixture.fileName, 'Fixture loop');
  await setStopWhenSettled(page, false);
  await chooseMode(page, 'Think');
  await sendMessage(page, 'think forever');
  const thinking = lastAssistantMessage(page).getByRole('region', { name: 'Thinking' });
  await expect(thinking).toContainText('Still thinking in circles...');

  // Publish a new version while the answer streams.
  await appendFile(join(site.dir, 'sw.js'), '\n// the next version\n');
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  const update = page.getByRole('status').filter({ hasText: 'Update available' });
  await expect(update).toBeVisible();
  const reload = update.getByRole('button', { name: 'Reload' });
  await expect(reload).toBeDisabled();
  // Nothing reloaded by itself: the same answer keeps streaming.
  const before = await textLength(thinking);
  await expect.poll(() => textLength(thinking)).toBeGreaterThan(before + 100);

  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(reload).toBeEnabled();
  await Promise.all([page.waitForEvent('load'), reload.click()]);
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible();
  await expect(update).toHaveCount(0);
  // The conversation is still there after the update.
  await expect(lastAssistantMessage(page)).toContainText('Still thinking in circles...');
});

test('a new Content-Security-Policy from the host reaches a returning browser once it reloads', async ({
  page,
}) => {
  const policy = (hosts: string[]) =>
    contentSecurityPolicy({ modelHosts: [FIXTURE_ORIGIN, ...hosts] });
  site.extraHeaders['Content-Security-Policy'] = policy([]);
  await page.goto(site.url);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const update = page.getByRole('status').filter({ hasText: 'Update available' });

  // The host allows one more model host; the same build, so no new service worker.
  const newPolicy = policy(['https://models.example.org']);
  site.extraHeaders['Content-Security-Policy'] = newPolicy;
  const served = await page.reload();
  expect(served?.fromServiceWorker()).toBe(true);
  expect(served?.headers()['content-security-policy']).toBe(policy([]));
  await expect(update).toBeVisible();

  await Promise.all([
    page.waitForEvent('load'),
    update.getByRole('button', { name: 'Reload' }).click(),
  ]);
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible();
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  expect(reloaded?.headers()['content-security-policy']).toBe(newPolicy);
  await expect(update).toHaveCount(0);
});
