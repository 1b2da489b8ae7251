import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { chatFixture } from '../scripts/fixture-model/fixture-scripts';
import { expect, FIXTURE_MODELS, test } from './fixtures';

test.use({ loadedModel: FIXTURE_MODELS.chat });

/** Opens Compare and answers `prompt` in every column; returns the dialog. */
async function compare(page: Page, prompt: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Compare' }).click();
  const dialog = page.getByRole('dialog', {
    name: 'Compare Quick, Think, Draft + refine and Auto',
  });
  await dialog.getByLabel('Prompt to compare').fill(prompt);
  await dialog.getByRole('button', { name: 'Run all four' }).click();
  await expect(dialog.getByRole('button', { name: 'Run all four' })).toBeVisible();
  return dialog;
}

async function download(page: Page, dialog: Locator, name: string): Promise<string> {
  const file = page.waitForEvent('download');
  await dialog.getByRole('button', { name }).click();
  return readFile(await (await file).path(), 'utf8');
}

const answers = (page: Page) => page.getByRole('article', { name: 'Assistant message' });

test('the Auto column shows what Auto chose and why, and answers in that mode', async ({
  page,
}) => {
  const dialog = await compare(page, 'hi');
  const auto = dialog.getByRole('region', { name: 'Auto answer' });
  await expect(auto.getByTestId('auto-choice')).toHaveText('Auto chose Quick: chit-chat');
  await expect(auto.getByTestId('answer')).toHaveText(chatFixture.answer);
  // Quick thinks not at all: no thinking panel, as in the Quick column.
  await expect(auto.getByRole('button', { name: /Thought for/ })).toHaveCount(0);
  await expect(auto.getByTestId('run-summary')).toHaveText(/^\d+\.\d s · \d+ tokens/);
});

test('Keep in chat puts a column’s answer into the conversation, kept through a reload', async ({
  page,
}) => {
  const dialog = await compare(page, 'hi');
  const think = dialog.getByRole('region', { name: 'Think answer' });
  await think.getByRole('button', { name: 'Keep in chat' }).click();
  await expect(think.getByText('Kept in chat')).toBeVisible();
  await expect(think.getByRole('button', { name: 'Keep in chat' })).toHaveCount(0);
  await dialog
    .getByRole('region', { name: 'Auto answer' })
    .getByRole('button', { name: 'Keep in chat' })
    .click();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Both kept answers are versions of the one turn; the newest (Auto's) shows.
  await expect(
    page.getByRole('article', { name: 'Your message' }).getByTestId('user-text'),
  ).toHaveText(['hi']);
  await expect(answers(page)).toHaveCount(1);
  await expect(answers(page).getByTestId('mode-decision')).toHaveText('Auto · Quick: chit-chat');
  await expect(page.getByRole('group', { name: 'Version 2 of 2' })).toBeVisible();

  await page.reload();
  await expect(answers(page).getByTestId('answer')).toHaveText(chatFixture.answer);
  await answers(page).getByRole('button', { name: 'Previous version' }).click();
  await expect(answers(page).getByTestId('mode-decision')).toHaveText('Think');
  await expect(
    page
      .getByRole('navigation', { name: 'Conversations' })
      .getByRole('button', { name: 'hi', exact: true }),
  ).toBeVisible();
});

test('a comparison exports as Markdown and as JSON that imports as a chat', async ({ page }) => {
  const dialog = await compare(page, 'hi');
  const markdown = await download(page, dialog, 'Export (Markdown)');
  expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual([
    '# Comparison: hi',
    '### You',
    '### Assistant · Quick · Fixture chat',
    '### Assistant · Think · Fixture chat',
    '### Assistant · Draft + refine · Fixture chat',
    '### Assistant · Auto → Quick (chit-chat) · Fixture chat',
  ]);
  // Four answers, and Draft + refine's draft before its answer.
  expect(markdown.split(chatFixture.answer)).toHaveLength(6);

  const json = await download(page, dialog, 'Export (JSON)');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('Import conversations').setInputFiles({
    name: 'comparison.mindswitch.json',
    mimeType: 'application/json',
    buffer: Buffer.from(json),
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported 1 conversation.' }),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Conversations' })
    .getByRole('button', { name: 'Comparison: hi', exact: true })
    .click();
  await expect(page.getByRole('group', { name: 'Version 4 of 4' })).toBeVisible();
  await expect(answers(page).getByTestId('mode-decision')).toHaveText('Auto · Quick: chit-chat');
});
