import { expect, test, type Page } from '@playwright/test';
import { chatFixture } from '../scripts/fixture-model/fixture-scripts';
import { fixtureUrl } from './helpers';

async function chooseLanguage(page: Page, settings: string, label: string, language: string) {
  await page.getByRole('button', { name: settings, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: settings });
  await dialog.getByRole('combobox', { name: label }).selectOption({ label: language });
}

test('starts in English and switches to German and back, surviving a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveAttribute(
    'placeholder',
    'Load a model to start chatting',
  );

  await chooseLanguage(page, 'Settings', 'Language', 'Deutsch');
  // The open dialog is translated at once, its own title included.
  const dialog = page.getByRole('dialog', { name: 'Einstellungen' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
  await expect(dialog.getByLabel('Denkbudget')).toBeVisible();
  await dialog.getByRole('button', { name: 'Schließen' }).click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const composer = page.getByRole('textbox', { name: 'Nachricht' });
  await expect(composer).toHaveAttribute('placeholder', 'Lade ein Modell, um loszulegen');
  const modes = page.getByRole('radiogroup', { name: 'Denkmodus' });
  await expect(modes.getByRole('radio', { name: 'Schnell' })).toBeVisible();
  await expect(modes.getByRole('radio', { name: 'Denken' })).toBeVisible();
  await expect(modes.getByRole('radio', { name: 'Auto' })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Modell', exact: true })).toBeVisible();
  await expect(
    page.getByText('WebGPU ist nicht verfügbar: MindSwitch läuft auf der CPU.'),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Kein Modell geladen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Senden' })).toBeDisabled();

  // A missing model file explains itself in German, with the server's status.
  await page.getByRole('button', { name: 'Modell per URL hinzufügen' }).click();
  const form = page.getByRole('form', { name: 'Modell per URL hinzufügen' });
  await form.getByLabel('GGUF-URL').fill(fixtureUrl('missing.gguf'));
  await form.getByLabel('Name (optional)').fill('Kaputtes Modell');
  await form.getByRole('button', { name: 'Modell hinzufügen' }).click();
  const alert = form.getByRole('alert');
  await expect(alert).toContainText('Die Modelldatei wurde nicht gefunden');
  await expect(alert).toContainText('Der Server antwortete mit HTTP 404.');
  await form.getByLabel('GGUF-URL').fill(fixtureUrl(chatFixture.fileName));
  await form.getByRole('button', { name: 'Modell hinzufügen' }).click();
  await expect(page.getByRole('radio', { name: 'Kaputtes Modell' })).toBeChecked();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('textbox', { name: 'Nachricht' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Einstellungen' })).toBeVisible();

  await chooseLanguage(page, 'Einstellungen', 'Sprache', 'English');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await page
    .getByRole('dialog', { name: 'Settings' })
    .getByRole('button', { name: 'Close' })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Quick' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove Kaputtes Modell' })).toBeVisible();
});

async function addGgufModelInGerman(page: Page, url: string, name: string) {
  await page.getByRole('button', { name: 'Modell per URL hinzufügen' }).click();
  const form = page.getByRole('form', { name: 'Modell per URL hinzufügen' });
  await form.getByLabel('GGUF-URL').fill(url);
  await form.getByLabel('Name (optional)').fill(name);
  await form.getByRole('button', { name: 'Modell hinzufügen' }).click();
}

test.describe('with a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('starts in German, with German examples, reasons and numbers', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('textbox', { name: 'Nachricht' })).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: 'Denkmodus' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Neuer Chat' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Chats durchsuchen' })).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: 'Modell' })).toContainText(
      'GGUF · CPU · ≈ 639 MB Download',
    );

    await addGgufModelInGerman(page, fixtureUrl(chatFixture.fileName), 'Fixture chat');
    await page.getByRole('button', { name: 'Laden', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Fixture chat · CPU' })).toBeVisible();

    // The German example word problem: Auto thinks and says why, in German.
    await page.getByRole('button', { name: /Ein Zug fährt um 15 Uhr/ }).click();
    const replies = page.getByRole('article', { name: 'Antwort des Assistenten' });
    await expect(replies.last().getByTestId('mode-decision')).toHaveText(/^Auto · Denken: .+/);
    await expect(replies.last().getByTestId('answer')).toHaveText(chatFixture.answer);

    // A question Auto is unsure about: it drafts, refines and says why.
    const message = page.getByRole('textbox', { name: 'Nachricht' });
    await message.fill('Kann ein Pinguin fliegen?');
    await message.press('Enter');
    await expect(replies).toHaveCount(2);
    const reply = replies.last();
    await expect(reply.getByTestId('answer')).toHaveText(chatFixture.answer);
    await expect(reply.getByTestId('mode-decision')).toHaveText(
      'Auto · Entwurf + Feinschliff: unsicher, ob Nachdenken nötig ist',
    );
    await expect(reply.getByRole('region', { name: 'Entwurf' })).toBeVisible();
    await expect(
      reply.getByRole('button', { name: /^Nachgedacht für \d+,\d s · \d+ Tokens$/ }),
    ).toBeVisible();
    await expect(
      reply.getByText(/^Entwurf \+ Feinschliff · \d+,\d s · \d+ Tokens · \d+,\d Token\/s$/),
    ).toBeVisible();
  });
});
