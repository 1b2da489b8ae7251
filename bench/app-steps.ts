// What the benches do in the app, as a user does it (by role and accessible name).
import type { Page } from '@playwright/test';
import { addGgufModel } from '../e2e/helpers';

/** Adds a GGUF by URL under `name` and loads it on the CPU; resolves once the model is ready. */
export async function addAndLoad(page: Page, url: string, name: string) {
  await addGgufModel(page, url, name, { timeout: 60_000 });
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
