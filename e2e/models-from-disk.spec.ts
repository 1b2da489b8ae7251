import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { chatFixture } from '../scripts/fixture-model/fixture-scripts';
import { lastAssistantMessage, sendMessage } from './helpers';
import { splitGguf } from './split-gguf';

const generated = join(import.meta.dirname, 'fixtures', 'generated');
const chatFile = join(generated, chatFixture.fileName);

/** Chooses files with "Open GGUF file…", as a user does in the file dialog. */
async function openFiles(
  page: Page,
  files: Parameters<import('@playwright/test').FileChooser['setFiles']>[0],
) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open GGUF file…' }).click();
  await (await chooser).setFiles(files);
}

function modelReady(page: Page, label: string) {
  return page.getByRole('status').filter({ hasText: `${label} · CPU` });
}

async function expectAnswer(page: Page, prompt: string) {
  await sendMessage(page, prompt);
  await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
}

/** Names of the models stored from this computer, read from the origin-private file system. */
function storedLocalModels(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle('local-models', { create: true });
    let count = 0;
    for await (const entry of folder.values()) if (entry.kind === 'directory') count += 1;
    return count;
  });
}

test('a GGUF file opened from disk answers, loads again offline, and Storage deletes it', async ({
  page,
  context,
  baseURL,
}) => {
  const origins = new Set<string>();
  context.on('request', (request) => origins.add(new URL(request.url()).origin));
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await openFiles(page, chatFile);
  await expect(modelReady(page, 'chat')).toBeVisible();
  await expectAnswer(page, 'hello from disk');
  // Never uploaded: the page asked nothing of any host but its own.
  expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('status', { name: 'Offline' })).toBeVisible();
  await expect(modelReady(page, 'chat')).toBeVisible();
  await expectAnswer(page, 'hello again, offline');

  await page.getByRole('button', { name: 'Storage' }).click();
  const storage = page.getByRole('dialog', { name: 'Storage' });
  const list = storage.getByRole('list', { name: 'Downloaded models' });
  await expect(list.getByRole('listitem').filter({ hasText: 'chat' })).toContainText(
    'opened from this computer · 17 MB',
  );
  await storage.getByRole('button', { name: 'Delete chat' }).click();
  await expect(list).toContainText('No models downloaded yet.');
  expect(await storedLocalModels(page)).toBe(0);
  await storage.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('radio', { name: /^chat/u })).toHaveCount(0);
});

test('the parts of a split GGUF open together; one part alone names the missing one', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'mindswitch-split-'));
  const parts = splitGguf(readFileSync(chatFile), 2).map((bytes, i) => {
    const path = join(dir, `chat-split-0000${i + 1}-of-00002.gguf`);
    writeFileSync(path, bytes);
    return path;
  });
  await page.goto('/');

  await openFiles(page, parts[1] ?? '');
  await expect(page.getByRole('alert')).toContainText(
    'chat-split is split into 2 parts: open all of them together (missing: chat-split-00001-of-00002.gguf).',
  );

  await openFiles(page, parts);
  await expect(modelReady(page, 'chat-split')).toBeVisible();
  await expectAnswer(page, 'hello from two parts');
});

test('a GGUF file dropped onto the window opens and answers', async ({ page }) => {
  await page.goto('/');
  // Dropping starts where a user can: once the app says files may be dropped (the prerendered
  // first paint has no drop handler yet; React adds it with the model panel).
  await expect(page.getByText('Or drop a .gguf file onto the window.')).toBeVisible();
  // A synthetic drop of a real file (read from the app's own origin, where preview serves it).
  await page.evaluate(async (name) => {
    const bytes = await (await fetch(`/models/${name}`)).blob();
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'dropped-chat.gguf'));
    const init = { dataTransfer: transfer, bubbles: true, cancelable: true };
    document.body.dispatchEvent(new DragEvent('dragover', init));
    document.body.dispatchEvent(new DragEvent('drop', init));
  }, chatFixture.fileName);
  await expect(modelReady(page, 'dropped-chat')).toBeVisible();
  await expectAnswer(page, 'hello from a drop');
});

test('a file that is not a GGUF model is refused with a clear alert and nothing is added', async ({
  page,
}) => {
  await page.goto('/');
  await openFiles(page, {
    name: 'notes.gguf',
    mimeType: 'text/plain',
    buffer: Buffer.from('Shopping list: milk, eggs'),
  });
  await expect(page.getByRole('alert')).toHaveText(
    '“notes.gguf” is not a GGUF model: it does not start with the bytes “GGUF”. Choose a .gguf file (LM Studio, Jan and llama.cpp keep them in their models folder).',
  );
  await expect(page.getByRole('radio', { name: /notes/u })).toHaveCount(0);
  expect(await storedLocalModels(page)).toBe(0);
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test('the file dialog and the refusal speak German', async ({ page }) => {
    await page.goto('/');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'GGUF-Datei öffnen…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'liste.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Einkaufsliste'),
    });
    await expect(page.getByRole('alert')).toContainText(
      '„liste.txt“ ist kein GGUF-Modell: Die Datei beginnt nicht mit den Bytes „GGUF“.',
    );
  });
});
