import { expect, type Locator, type Page } from '@playwright/test';

export const FIXTURE_ORIGIN = `http://127.0.0.1:${process.env.E2E_FIXTURE_PORT ?? 4175}`;

export function fixtureUrl(fileName: string): string {
  return `${FIXTURE_ORIGIN}/models/${fileName}`;
}

export async function fixtureRequests(): Promise<{ method: string; path: string }[]> {
  const response = await fetch(`${FIXTURE_ORIGIN}/__requests`);
  return (await response.json()) as { method: string; path: string }[];
}

export async function resetFixtureRequests() {
  await fetch(`${FIXTURE_ORIGIN}/__reset`);
}

/**
 * Adds a GGUF through "Add model from URL"; it becomes the selected model once the file check
 * answers (until then Load is for the model selected before).
 */
export async function addGgufModel(
  page: Page,
  url: string,
  name: string,
  { timeout }: { timeout?: number } = {},
) {
  await page.getByRole('button', { name: 'Add model from URL' }).click();
  const form = page.getByRole('form', { name: 'Add model from URL' });
  await form.getByLabel('GGUF URL').fill(url);
  await form.getByLabel('Name (optional)').fill(name);
  await form.getByRole('button', { name: 'Add model' }).click();
  await expect(page.getByRole('radio', { name })).toBeChecked({ timeout });
}

/** Adds and loads a fixture model, waiting until the chat is ready. */
export async function loadFixtureModel(page: Page, fileName: string, name: string) {
  await addGgufModel(page, fixtureUrl(fileName), name);
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} · CPU` })).toBeVisible();
}

export async function sendMessage(page: Page, text: string) {
  // As for a user: Send, not Stop, is offered once the previous answer is finished and stored.
  await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Message' }).fill(text);
  await page.getByRole('textbox', { name: 'Message' }).press('Enter');
}

/** How many characters of text `element` has now (0 while it has none). */
export async function textLength(element: Locator): Promise<number> {
  return (await element.textContent())?.length ?? 0;
}

export function lastAssistantMessage(page: Page) {
  return page.getByRole('article', { name: 'Assistant message' }).last();
}

export async function chooseMode(page: Page, mode: 'Quick' | 'Think' | 'Draft + refine' | 'Auto') {
  await page
    .getByRole('radiogroup', { name: 'Thinking mode' })
    .getByRole('radio', { name: mode })
    .check();
}

/** Sets the thinking budget (a value of its list, e.g. '256') in Settings and closes them. */
export async function setThinkingBudget(page: Page, tokens: string) {
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Thinking budget').selectOption(tokens);
  await settings.getByRole('button', { name: 'Close' }).click();
}

/** Settings → "Stop thinking once the answer is settled" (on by default). */
export async function setStopWhenSettled(page: Page, on: boolean) {
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Stop thinking once the answer is settled').setChecked(on);
  await settings.getByRole('button', { name: 'Close' }).click();
}

/** True if a script added inline to the page ran. */
export function inlineScriptRuns(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const marker = `inline${Math.random().toString(36).slice(2)}`;
    const script = document.createElement('script');
    script.textContent = `document.documentElement.dataset.${marker} = 'ran';`;
    document.head.append(script);
    script.remove();
    return document.documentElement.dataset[marker] === 'ran';
  });
}

/** Settings → thinking time limit, in seconds as its list offers them ('15', …), or 'none'. */
export async function setThinkingTimeLimit(page: Page, seconds: string) {
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Thinking time limit').selectOption(seconds);
  await settings.getByRole('button', { name: 'Close' }).click();
}
