import type { Page } from '@playwright/test';
import { sureDraftFixture, unsureDraftFixture } from '../scripts/fixture-model/fixture-scripts';
import { expect, FIXTURE_MODELS, test } from './fixtures';

/** What the user reads and clicks, per UI language. */
const UI = {
  en: {
    language: 'English',
    thinkingMode: 'Thinking mode',
    refineMode: 'Draft + refine',
    message: 'Message',
    answer: 'Assistant message',
    draft: 'Draft',
    kept: 'Draft was confident, not refined',
    refineAnyway: 'Refine anyway',
    confirmed: 'Refined: confirmed the draft',
    thought: /^Thought for/,
  },
  de: {
    language: 'Deutsch',
    thinkingMode: 'Denkmodus',
    refineMode: 'Entwurf + Feinschliff',
    message: 'Nachricht',
    answer: 'Antwort des Assistenten',
    draft: 'Entwurf',
    kept: 'Entwurf war sicher, nicht verfeinert',
    refineAnyway: 'Trotzdem verfeinern',
    confirmed: 'Verfeinert: Entwurf bestätigt',
    thought: /^Nachgedacht für/,
  },
} as const;
type Ui = (typeof UI)[keyof typeof UI];

// The confident-draft test loads the model twice (before and after the reload) and answers twice.
test.describe.configure({ timeout: 120_000 });

/** The fixture model is loaded in English (its helper clicks English names); then the language. */
async function askInDraftAndRefine(page: Page, ui: Ui) {
  if (ui.language !== 'English') {
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByRole('combobox', { name: 'Language' }).selectOption({ label: ui.language });
    await page.keyboard.press('Escape');
    await expect(settings).toBeHidden();
  }
  await page
    .getByRole('radiogroup', { name: ui.thinkingMode })
    .getByRole('radio', { name: ui.refineMode })
    .check();
  await page.getByRole('textbox', { name: ui.message }).fill('What is the capital of Germany?');
  await page.getByRole('textbox', { name: ui.message }).press('Enter');
  return page.getByRole('article', { name: ui.answer }).last();
}

for (const ui of Object.values(UI)) {
  test.describe(`in ${ui.language}`, () => {
    test.describe('with a confident draft', () => {
      test.use({ loadedModel: FIXTURE_MODELS.sureDraft });

      test('the draft is kept with the note; Refine anyway refines it', async ({ page }) => {
        const reply = await askInDraftAndRefine(page, ui);
        await expect(reply.getByText(ui.kept)).toBeVisible();
        await expect(reply.getByTestId('answer')).toHaveText(sureDraftFixture.answer);
        // Not refined: no thinking ran, and the answer is the draft itself.
        await expect(reply.getByRole('button', { name: ui.thought })).toHaveCount(0);
        await expect(reply.getByRole('region', { name: ui.draft })).toHaveCount(0);

        // The note and its action are part of the saved answer.
        await page.reload();
        const saved = page.getByRole('article', { name: ui.answer }).last();
        await expect(saved.getByText(ui.kept)).toBeVisible();

        await saved.getByRole('button', { name: ui.refineAnyway }).click();
        await expect(saved.getByText(ui.confirmed)).toBeVisible();
        await expect(saved.getByRole('button', { name: ui.thought })).toBeVisible();
        await expect(saved.getByRole('region', { name: ui.draft })).toBeVisible();
        await expect(saved.getByTestId('answer')).toHaveText(sureDraftFixture.answer);
        await expect(saved.getByText(ui.kept)).toHaveCount(0);
        await expect(page.getByRole('article', { name: ui.answer })).toHaveCount(1);
      });
    });

    test.describe('with an unsure draft', () => {
      test.use({ loadedModel: FIXTURE_MODELS.unsureDraft });

      test('the draft is refined', async ({ page }) => {
        const reply = await askInDraftAndRefine(page, ui);
        await expect(reply.getByText(ui.confirmed)).toBeVisible();
        await expect(reply.getByRole('button', { name: ui.thought })).toBeVisible();
        await expect(reply.getByRole('region', { name: ui.draft })).toBeVisible();
        await expect(reply.getByTestId('answer')).toHaveText(unsureDraftFixture.answer);
        await expect(reply.getByText(ui.kept)).toHaveCount(0);
        await expect(reply.getByRole('button', { name: ui.refineAnyway })).toHaveCount(0);
      });
    });
  });
}
