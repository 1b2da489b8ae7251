import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { chatFixture } from '../scripts/fixture-model/fixture-scripts';
import { inlineScriptRuns, lastAssistantMessage, sendMessage } from './helpers';
import { serveCopyOfBuild, type StaticSite } from './static-site';

let site: StaticSite;
test.beforeAll(async () => {
  // dist/ on a plain static host: no Content-Security-Policy, no isolation headers, nothing.
  site = await serveCopyOfBuild('dist', { headers: false });
});
test.afterAll(async () => {
  await site.close();
});

/** What a connection to a host that is not the app's gives (loopback: nothing leaves). */
function strayFetch(page: Page): Promise<string> {
  return page.evaluate(() =>
    fetch('http://127.0.0.2:9/').then(
      () => 'fetched',
      (err: unknown) => String(err),
    ),
  );
}

async function expectPromisesKept(page: Page) {
  expect(await inlineScriptRuns(page)).toBe(false);
  expect(await strayFetch(page)).toContain('Failed to fetch');
}

test('served with no headers at all, the app keeps its policy, gains isolation and answers', async ({
  page,
  context,
}) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (uri: string) => violations.push(uri));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (uri: string) => void }).reportViolation(
        event.blockedURI,
      );
    });
  });

  const response = await page.goto(site.url);
  expect(response?.headers()['content-security-policy']).toBeUndefined();
  expect(response?.headers()['cross-origin-embedder-policy']).toBeUndefined();
  // The policy travels in the page itself.
  await expectPromisesKept(page);
  // The report comes back from the page as an event of its own, after the fetch has failed.
  await expect.poll(() => violations).toContain('http://127.0.0.2:9/');
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);

  // The app's service worker adds the isolation headers to what it serves: from the next load on,
  // multi-threaded WebAssembly works even here.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await expectPromisesKept(page);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open GGUF file…' }).click();
  await (await chooser).setFiles(join(import.meta.dirname, 'fixtures', 'generated', 'chat.gguf'));
  await expect(page.getByRole('status').filter({ hasText: 'chat · CPU' })).toBeVisible();
  await sendMessage(page, 'hello from a static host');
  await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);

  // Offline, from the service worker's cache: both still hold.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('status', { name: 'Offline' })).toBeVisible();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await expectPromisesKept(page);
});
