import { expect, test, type Page } from '@playwright/test';
import { chatFixture } from '../scripts/fixture-model/fixture-scripts';
import {
  addGgufModel,
  FIXTURE_ORIGIN,
  lastAssistantMessage,
  resetFixtureRequests,
  sendMessage,
} from './helpers';

const SLOW_URL = `${FIXTURE_ORIGIN}/slow/models/${chatFixture.fileName}`;
const NAME = 'Slow chat';

interface SlowDownload {
  path: string;
  bytesSent: number;
  size: number;
  closedEarly: boolean;
}

async function slowDownloads(): Promise<SlowDownload[]> {
  return (await (await fetch(`${FIXTURE_ORIGIN}/__slow-downloads`)).json()) as SlowDownload[];
}

/** Sizes of the files in wllama's model cache (the origin-private file system), metadata aside. */
function cachedFileSizes(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const cache = await root.getDirectoryHandle('cache', { create: true });
    const sizes: number[] = [];
    for await (const entry of cache.values()) {
      if (entry.kind === 'file' && !entry.name.startsWith('__metadata__')) {
        sizes.push((await (entry as FileSystemFileHandle).getFile()).size);
      }
    }
    return sizes;
  });
}

test('closing the tab mid-download leaves no model behind, and the next load restarts cleanly', async ({
  context,
}) => {
  test.slow();
  const first = await context.newPage();
  await first.goto('/');
  await addGgufModel(first, SLOW_URL, NAME);
  await resetFixtureRequests();
  await first.getByRole('button', { name: 'Load', exact: true }).click();
  // Well into the file, then the tab goes.
  await expect
    .poll(async () => (await slowDownloads()).at(-1)?.bytesSent ?? 0)
    .toBeGreaterThan(2_000_000);
  await first.close();
  await expect.poll(async () => (await slowDownloads()).at(-1)?.closedEarly).toBe(true);

  const again = await context.newPage();
  await again.goto('/');
  await expect(again.getByRole('radio', { name: NAME })).toBeChecked();
  // The half-written file is no model: not offered as downloaded, not loaded on its own.
  await again.getByRole('button', { name: 'Storage' }).click();
  const storage = again.getByRole('dialog', { name: 'Storage' });
  await expect(storage.getByRole('list', { name: 'Downloaded models' })).toHaveText(
    'No models downloaded yet.',
  );
  await storage.getByRole('button', { name: 'Close' }).click();

  await again.getByRole('button', { name: 'Load', exact: true }).click();
  // The whole file again, at the slow route's pace (about 1.6 MB/s): longer than a usual load.
  await expect(again.getByRole('status').filter({ hasText: `${NAME} · CPU` })).toBeVisible({
    timeout: 60_000,
  });
  await sendMessage(again, 'hello after a broken download');
  await expect(lastAssistantMessage(again).getByTestId('answer')).toHaveText(chatFixture.answer);
  // One whole copy of the file, nothing left of the broken one.
  const { size } = (await slowDownloads()).at(-1) ?? { size: 0 };
  expect(await cachedFileSizes(again)).toEqual([size]);
});
