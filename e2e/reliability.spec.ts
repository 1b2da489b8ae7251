import { expect, test, type Page } from '@playwright/test';
import { loopFixture } from '../scripts/fixture-model/fixture-scripts';
import {
  addGgufModel,
  chooseMode,
  FIXTURE_ORIGIN,
  lastAssistantMessage,
  loadFixtureModel,
  resetFixtureRequests,
  sendMessage,
  setStopWhenSettled,
} from './helpers';

interface SlowDownload {
  path: string;
  bytesSent: number;
  size: number;
  closedEarly: boolean;
}

async function slowDownloads(): Promise<SlowDownload[]> {
  return (await (await fetch(`${FIXTURE_ORIGIN}/__slow-downloads`)).json()) as SlowDownload[];
}

const conversations = (page: Page) => page.getByRole('navigation', { name: 'Conversations' });
const thinkingOf = (page: Page) =>
  lastAssistantMessage(page).getByRole('region', { name: 'Thinking' });

/** Starts an answer that thinks forever and waits until some of its thinking is on screen. */
async function startEndlessThinking(page: Page, prompt: string) {
  await page.goto('/');
  await loadFixtureModel(page, loopFixture.fileName, 'Fixture loop');
  // The loop's confident trial answer would end its thinking at the first probe.
  await setStopWhenSettled(page, false);
  await chooseMode(page, 'Think');
  await sendMessage(page, prompt);
  await expect(thinkingOf(page)).toContainText(
    'Still thinking in circles... Still thinking in circles... Still thinking in circles...',
  );
}

/** Console warnings and errors of the page, as they come. */
function consoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

test('deleting a conversation mid-answer stops it cleanly; Undo brings the answer back stopped', async ({
  page,
}) => {
  await startEndlessThinking(page, 'delete me while you think');
  const problems = consoleProblems(page);
  await conversations(page)
    .getByRole('button', { name: 'Delete delete me while you think' })
    .click();
  await expect(conversations(page).getByRole('listitem')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await conversations(page)
    .getByRole('button', { name: 'delete me while you think', exact: true })
    .click();
  const reply = lastAssistantMessage(page);
  await expect(reply).toContainText('Stopped. The text so far is kept.');
  await expect(reply).not.toContainText('Interrupted');
  await expect(reply.getByRole('region', { name: 'Thinking' })).toContainText(
    'Still thinking in circles... Still thinking in circles... Still thinking in circles...',
  );
  expect(problems).toEqual([]);
});

test('an answer cut off by a reload keeps the text it had and the thinking time it had', async ({
  page,
}) => {
  await startEndlessThinking(page, 'reload me while you think');
  // What the user saw when the page went away (the store may be one frame ahead of it).
  const seen = await page.evaluate(() => {
    const region = document.querySelectorAll('[role="region"][aria-label="Thinking"]');
    const text = region[region.length - 1]?.textContent ?? '';
    location.reload();
    return text;
  });
  const reply = lastAssistantMessage(page);
  await expect(reply).toContainText('Interrupted');
  const kept = (await reply.getByRole('region', { name: 'Thinking' }).textContent()) ?? '';
  // Saved every 500 ms while streaming: without the flush on pagehide, the tail would be lost.
  // What is kept may run ahead of what was read: the page renders (and saves) every 100 ms until
  // it is gone, a few loops of this fixture's thinking per render.
  expect(kept.startsWith(seen)).toBe(true);
  expect(kept.length - seen.length).toBeLessThan(10 * loopFixture.thinking.length);

  const thoughtFor = reply.getByRole('button', { name: /^Thought for/ });
  const firstVisit = await thoughtFor.textContent();
  await page.reload();
  await expect(lastAssistantMessage(page).getByRole('button', { name: /^Thought for/ })).toHaveText(
    firstVisit ?? '',
  );
});

test('a chosen mode survives an immediate reload, 20 times in a row', async ({ page }) => {
  await page.goto('/');
  const modes = ['Quick', 'Think', 'Auto'] as const;
  for (let i = 0; i < 20; i += 1) {
    const mode = modes[i % modes.length] ?? 'Auto';
    await chooseMode(page, mode);
    await page.reload();
    await expect(page.getByRole('radio', { name: mode })).toBeChecked();
  }
});

test('Cancel really stops the download: the connection closes and no more bytes arrive', async ({
  page,
}) => {
  await resetFixtureRequests();
  await page.goto('/');
  await addGgufModel(page, `${FIXTURE_ORIGIN}/slow/models/${loopFixture.fileName}`, 'Slow model');
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(page.getByLabel('Model loading progress')).toBeVisible();
  // Some bytes of the (slowly served) file have arrived: the download is under way.
  await expect
    .poll(async () => (await slowDownloads()).find((d) => d.bytesSent > 0)?.bytesSent ?? 0)
    .toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No model loaded' })).toBeVisible();

  // The server sees the connection go away before the end of the file; it sends nothing more.
  await expect.poll(async () => (await slowDownloads()).every((d) => d.closedEarly)).toBe(true);
  const downloads = await slowDownloads();
  expect(downloads.length).toBeGreaterThan(0);
  for (const download of downloads) expect(download.bytesSent).toBeLessThan(download.size);
});
