import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { chatFixture } from '../scripts/fixture-model/fixture-scripts';
import { expect, FIXTURE_MODELS, test } from './fixtures';
import { chooseMode, lastAssistantMessage, sendMessage } from './helpers';

const questions = (page: Page) =>
  page.getByRole('article', { name: 'Your message' }).getByTestId('user-text');
const answers = (page: Page) => page.getByRole('article', { name: 'Assistant message' });

async function chat(page: Page, text: string) {
  const answered = page.getByRole('article', { name: 'Assistant message' });
  const before = await answered.count();
  await sendMessage(page, text);
  // The new answer, not the one before it.
  await expect(answered).toHaveCount(before + 1);
  await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
}

async function threeTurns(page: Page) {
  await chooseMode(page, 'Quick');
  for (const text of ['question one', 'question two', 'question three']) await chat(page, text);
  await expect(questions(page)).toHaveText(['question one', 'question two', 'question three']);
}

test.use({ loadedModel: FIXTURE_MODELS.chat });

test.describe('answer versions', () => {
  test('re-running answer 2 of 3 keeps turn 3 on version 1, also after a reload', async ({
    page,
  }) => {
    await threeTurns(page);
    await answers(page).nth(1).getByRole('button', { name: 'Think it through' }).click();
    await expect(questions(page)).toHaveText(['question one', 'question two']);
    const second = answers(page).nth(1);
    await expect(second.getByRole('group', { name: 'Version 2 of 2' })).toBeVisible();
    await expect(second.getByTestId('mode-decision')).toHaveText(/^Think/);
    await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();

    await page.reload();
    await expect(questions(page)).toHaveText(['question one', 'question two']);
    await answers(page).nth(1).getByRole('button', { name: 'Previous version' }).click();
    await expect(questions(page)).toHaveText(['question one', 'question two', 'question three']);
    await expect(answers(page).nth(1).getByRole('group', { name: 'Version 1 of 2' })).toBeVisible();

    // The branch shown is remembered.
    await page.reload();
    await expect(questions(page)).toHaveText(['question one', 'question two', 'question three']);
    await answers(page).nth(1).getByRole('button', { name: 'Next version' }).click();
    await expect(questions(page)).toHaveText(['question one', 'question two']);
  });

  test('edit and resend of message 1 keeps both later turns in version 1; search finds them', async ({
    page,
  }) => {
    await chooseMode(page, 'Quick');
    await chat(page, 'first question');
    await chat(page, 'second question');
    const first = page.getByRole('article', { name: 'Your message' }).first();
    await first.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Edit message').fill('a better question');
    await page.getByRole('button', { name: 'Save and send' }).click();
    await expect(questions(page)).toHaveText(['a better question']);
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
    await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();

    await page.getByRole('searchbox', { name: 'Search chats' }).fill('second');
    await expect(page.getByRole('list', { name: 'Search results' })).toContainText(
      'second question',
    );
    await page.getByRole('searchbox', { name: 'Search chats' }).fill('');

    const edited = page.getByRole('article', { name: 'Your message' }).first();
    await edited.getByRole('button', { name: 'Previous version' }).click();
    await expect(questions(page)).toHaveText(['first question', 'second question']);
    await expect(answers(page)).toHaveCount(2);
  });

  test('export and import keep the versions', async ({ page }) => {
    await threeTurns(page);
    await answers(page).nth(1).getByRole('button', { name: 'Think it through' }).click();
    await expect(questions(page)).toHaveText(['question one', 'question two']);
    await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all (JSON)' }).click();
    const exported = await readFile(await (await download).path(), 'utf8');
    const list = page.getByRole('navigation', { name: 'Conversations' });
    await list.getByRole('button', { name: /^Delete / }).click();
    await expect(list.getByRole('button', { name: /^Delete / })).toHaveCount(0);

    await page.getByLabel('Import conversations').setInputFiles({
      name: 'mindswitch.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect(page.getByRole('status').filter({ hasText: 'Imported 1' })).toBeVisible();
    await list.getByRole('button', { name: 'question one', exact: true }).click();
    await expect(questions(page)).toHaveText(['question one', 'question two']);
    await answers(page).nth(1).getByRole('button', { name: 'Previous version' }).click();
    await expect(questions(page)).toHaveText(['question one', 'question two', 'question three']);
  });

  test('a deleted answer comes back with Undo', async ({ page }) => {
    await chooseMode(page, 'Quick');
    await chat(page, 'question one');
    await chat(page, 'question two');
    await answers(page).first().getByRole('button', { name: 'Delete answer' }).click();
    await expect(answers(page)).toHaveCount(1);
    const toast = page.getByRole('status').filter({ hasText: 'Message deleted' });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(answers(page)).toHaveCount(2);
    await expect(toast).toHaveCount(0);
    await page.reload();
    await expect(answers(page)).toHaveCount(2);
    await expect(questions(page)).toHaveText(['question one', 'question two']);
  });
});
