// What the benches do in the app, as a user does it (by role and accessible name).
import { expect, type Page } from '@playwright/test';

/** Adds a GGUF by URL under `name` and loads it on the CPU; resolves once the model is ready. */
export async function addAndLoad(page: Page, url: string, name: string) {
  await page.getByRole('button', { name: 'Add model from URL' }).click();
  const form = page.getByRole('form', { name: 'Add model from URL' });
  await form.getByLabel('GGUF URL').fill(url);
  await form.getByLabel('Name (optional)').fill(name);
  await form.getByRole('button', { name: 'Add model' }).click();
  // Added once the file check answers: until then Load is for the model selected before.
  await expect(page.getByRole('radio', { name })).toBeChecked({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `${name} · CPU` })
    .waitFor({ timeout: 180_000 });
}

/** Sets what is given in the Settings dialog and closes it. */
export async function changeSettings(
  page: Page,
  { stopWhenSettled, budget }: { stopWhenSettled?: boolean; budget?: string },
) {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  if (budget !== undefined) await settings.getByLabel('Thinking budget').selectOption(budget);
  if (stopWhenSettled !== undefined) {
    await settings
      .getByLabel('Stop thinking once the answer is settled')
      .setChecked(stopWhenSettled);
  }
  await settings.getByRole('button', { name: 'Close' }).click();
}

export async function chooseMode(page: Page, mode: 'Quick' | 'Think' | 'Draft + refine' | 'Auto') {
  await page
    .getByRole('radiogroup', { name: 'Thinking mode' })
    .getByRole('radio', { name: mode })
    .check();
}
