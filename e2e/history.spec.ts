import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { chatFixture } from '../scripts/fixture-model/fixture-scripts';
import { expect, FIXTURE_MODELS, test } from './fixtures';
import { chooseMode, lastAssistantMessage, sendMessage, setStopWhenSettled } from './helpers';

const conversations = (page: Page) => page.getByRole('navigation', { name: 'Conversations' });

async function chat(page: Page, text: string) {
  const answered = page.getByRole('article', { name: 'Assistant message' });
  const before = await answered.count();
  await sendMessage(page, text);
  // The new answer, not the one before it.
  await expect(answered).toHaveCount(before + 1);
  await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
}

async function exportAll(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all (JSON)' }).click();
  return readFile(await (await download).path(), 'utf8');
}

/** Length of the longest thinking saved in the app's IndexedDB (runs in the page). */
function savedThinkingLength(): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('mindswitch');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('messages').objectStore('messages').getAll();
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const records = request.result as { thinking?: string }[];
        open.result.close();
        resolve(Math.max(0, ...records.map((r) => r.thinking?.length ?? 0)));
      };
    };
  });
}

function withoutExportTime(json: string): unknown {
  const parsed = JSON.parse(json) as Record<string, unknown>;
  delete parsed.exportedAt;
  return parsed;
}

test.describe('conversations', () => {
  test.use({ loadedModel: FIXTURE_MODELS.chat });

  test.beforeEach(async ({ page }) => {
    await chooseMode(page, 'Think');
  });

  test('survive a reload, with thinking and mode', async ({ page }) => {
    await chat(page, 'hello there');
    await page.reload();
    await expect(
      conversations(page).getByRole('button', { name: 'hello there', exact: true }),
    ).toBeVisible();
    await expect(
      page.getByRole('article', { name: 'Your message' }).getByTestId('user-text'),
    ).toHaveText('hello there');
    const reply = lastAssistantMessage(page);
    await expect(reply.getByTestId('answer')).toHaveText(chatFixture.answer);
    await expect(reply.getByTestId('mode-decision')).toHaveText('Think');
    await reply.getByRole('button', { name: /Thought for/ }).click();
    await expect(reply.getByRole('region', { name: 'Thinking' })).toHaveText(chatFixture.thinking);
  });

  test('delete can be undone', async ({ page }) => {
    await chat(page, 'first chat');
    await page.getByRole('button', { name: 'New chat' }).click();
    await chat(page, 'second chat');
    const list = conversations(page);
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await list.getByRole('button', { name: 'Delete first chat' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await list.getByRole('button', { name: 'first chat', exact: true }).click();
    await expect(
      page.getByRole('article', { name: 'Your message' }).getByTestId('user-text'),
    ).toHaveText('first chat');
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
  });

  test('can be renamed', async ({ page }) => {
    await chat(page, 'rename me');
    await conversations(page).getByRole('button', { name: 'Rename rename me' }).click();
    await page.getByLabel('Conversation title').fill('Greetings');
    await page.getByLabel('Conversation title').press('Enter');
    await expect(
      conversations(page).getByRole('button', { name: 'Greetings', exact: true }),
    ).toBeVisible();
    await page.reload();
    await expect(
      conversations(page).getByRole('button', { name: 'Greetings', exact: true }),
    ).toBeVisible();
  });

  test('search finds a word from an old answer', async ({ page }) => {
    await chat(page, 'an old question');
    await page.getByRole('button', { name: 'New chat' }).click();
    await chat(page, 'a newer question');
    await page.getByRole('button', { name: 'New chat' }).click();
    await page.getByRole('searchbox', { name: 'Search chats' }).fill('tiny');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('button')).toHaveCount(2);
    await expect(results).toContainText('an old question');
    await results.getByRole('button', { name: /an old question/ }).click();
    await expect(
      page.getByRole('article', { name: 'Your message' }).getByTestId('user-text'),
    ).toHaveText('an old question');
  });

  test('export then import round-trips exactly, and a corrupt file changes nothing', async ({
    page,
  }) => {
    await chat(page, 'keep me safe');
    await page.getByRole('button', { name: 'New chat' }).click();
    await chat(page, 'and me too');
    const exported = await exportAll(page);
    expect(JSON.parse(exported)).toMatchObject({ format: 'mindswitch.conversations', version: 2 });

    const list = conversations(page);
    await page.getByLabel('Import conversations').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"format": "mindswitch.conversations", "version": 1, "conversations": [{',
      ),
    });
    await expect(page.getByRole('alert')).toContainText('Import refused');
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await page.getByLabel('Import conversations').setInputFiles({
      name: 'foreign.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] })),
    });
    await expect(page.getByRole('alert')).toContainText('not a MindSwitch export');
    expect(withoutExportTime(await exportAll(page))).toEqual(withoutExportTime(exported));

    for (const title of ['keep me safe', 'and me too']) {
      await list.getByRole('button', { name: `Delete ${title}` }).click();
    }
    await expect(list.getByRole('listitem')).toHaveCount(0);
    await page.getByLabel('Import conversations').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect(page.getByRole('status').filter({ hasText: 'Imported 2' })).toBeVisible();
    await expect(list.getByRole('listitem')).toHaveCount(2);
    expect(withoutExportTime(await exportAll(page))).toEqual(withoutExportTime(exported));

    await page.getByLabel('Import conversations').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect(
      page.getByRole('status').filter({ hasText: '2 already here (skipped)' }),
    ).toBeVisible();
    await expect(list.getByRole('listitem')).toHaveCount(2);
  });
});

test.describe('with the looping fixture', () => {
  test.use({ loadedModel: FIXTURE_MODELS.loop });

  test('closing the tab mid-answer keeps the partial answer, marked as interrupted', async ({
    page,
    context,
  }) => {
    // The loop's confident trial answer would end its thinking at the first probe.
    await setStopWhenSettled(page, false);
    await chooseMode(page, 'Think');
    await sendMessage(page, 'think forever');
    const thinking = lastAssistantMessage(page).getByRole('region', { name: 'Thinking' });
    await expect(thinking).toContainText(
      'Still thinking in circles... Still thinking in circles... Still thinking in circles...',
    );
    // Wait until a throttled save has put partial thinking into IndexedDB, then close mid-stream.
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    await expect.poll(() => page.evaluate(savedThinkingLength)).toBeGreaterThan(60);
    await page.close();

    const again = await context.newPage();
    await again.goto('/');
    const reply = lastAssistantMessage(again);
    await expect(reply).toContainText(
      'Interrupted: the tab closed before the answer was finished.',
    );
    await expect(reply.getByRole('region', { name: 'Thinking' })).toContainText(
      'Still thinking in circles... Still thinking in circles...',
    );
  });
});
