import AxeBuilder from '@axe-core/playwright';
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
  // Added once the file check answers: until then "Laden" is for the model selected before.
  await expect(page.getByRole('radio', { name })).toBeChecked();
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

    // A question Auto is unsure about: it drafts and says why; the fixture's draft is confident,
    // so it is kept until the user asks for the refinement.
    const message = page.getByRole('textbox', { name: 'Nachricht' });
    await message.fill('Kann ein Pinguin fliegen?');
    await message.press('Enter');
    await expect(replies).toHaveCount(2);
    const reply = replies.last();
    await expect(reply.getByTestId('answer')).toHaveText(chatFixture.answer);
    await expect(reply.getByTestId('mode-decision')).toHaveText(
      'Auto · Entwurf + Feinschliff: unsicher, ob Nachdenken nötig ist; erst ein schneller Entwurf, verfeinert nur, wenn er unsicher ist',
    );
    await expect(reply.getByText('Entwurf war sicher, nicht verfeinert')).toBeVisible();
    await reply.getByRole('button', { name: 'Trotzdem verfeinern' }).click();
    await expect(reply.getByRole('region', { name: 'Entwurf' })).toBeVisible();
    await expect(
      reply.getByRole('button', { name: /^Nachgedacht für \d+,\d s · \d+ Tokens$/ }),
    ).toBeVisible();
    await expect(
      reply.getByText(/^Entwurf \+ Feinschliff · \d+,\d s · \d+ Tokens · \d+,\d Token\/s$/),
    ).toBeVisible();
  });
});

/** What a user sees first in each language: the names tests find elements by. */
const UI = {
  es: {
    code: 'es',
    name: 'Español',
    lang: 'es',
    settings: 'Configuración',
    language: 'Idioma',
    close: 'Cerrar',
    message: 'Mensaje',
    placeholder: 'Carga un modelo para empezar a chatear',
    modes: 'Modo de razonamiento',
    radios: ['Rápido', 'Pensar', 'Borrador + revisión', 'Auto'],
    budget: 'Límite de razonamiento',
  },
  fr: {
    code: 'fr',
    name: 'Français',
    lang: 'fr',
    settings: 'Paramètres',
    language: 'Langue',
    close: 'Fermer',
    message: 'Message',
    placeholder: 'Chargez un modèle pour commencer',
    modes: 'Mode de réflexion',
    radios: ['Rapide', 'Réfléchir', 'Brouillon + révision', 'Auto'],
    budget: 'Budget de réflexion',
  },
  zh: {
    code: 'zh',
    name: '中文（简体）',
    lang: 'zh-Hans',
    settings: '设置',
    language: '语言',
    close: '关闭',
    message: '消息',
    placeholder: '加载模型后即可开始对话',
    modes: '思考模式',
    radios: ['快速', '思考', '草稿 + 润色', '自动'],
    budget: '思考预算',
  },
  ja: {
    code: 'ja',
    name: '日本語',
    lang: 'ja',
    settings: '設定',
    language: '言語',
    close: '閉じる',
    message: 'メッセージ',
    placeholder: 'チャットを始めるにはモデルを読み込んでください',
    modes: '思考モード',
    radios: ['高速', '思考', '下書き＋推敲', '自動'],
    budget: '思考の上限',
  },
} as const;
type Shown = (typeof UI)[keyof typeof UI];

async function expectShownIn(page: Page, ui: Shown) {
  await expect(page.locator('html')).toHaveAttribute('lang', ui.lang);
  await expect(page.getByRole('textbox', { name: ui.message })).toHaveAttribute(
    'placeholder',
    ui.placeholder,
  );
  const modes = page.getByRole('radiogroup', { name: ui.modes });
  for (const radio of ui.radios) {
    await expect(modes.getByRole('radio', { name: radio, exact: true })).toBeVisible();
  }
  await expect(modes.getByRole('radio', { name: ui.radios[3], exact: true })).toBeChecked();
  await expect(page.getByRole('button', { name: ui.settings, exact: true })).toBeVisible();
}

/** No serious or critical axe finding on what is on screen now. */
async function expectAccessible(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

/** Nothing sticks out sideways: no horizontal scrolling, every mode fully on screen. */
async function expectFitsTheWidth(page: Page, ui: Shown) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${ui.lang}: page wider than the screen`).toBeLessThanOrEqual(0);
  const width = page.viewportSize()?.width ?? 0;
  for (const radio of ui.radios) {
    const box = await page.getByRole('radio', { name: radio, exact: true }).boundingBox();
    if (!box) throw new Error(`${radio} is not on screen`);
    expect(box.x, radio).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, radio).toBeLessThanOrEqual(width);
  }
}

for (const ui of Object.values(UI)) {
  test(`${ui.name} chosen in Settings translates the app, stays after a reload, fits 375 px and is accessible`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/');
    await chooseLanguage(page, 'Settings', 'Language', ui.name);
    const dialog = page.getByRole('dialog', { name: ui.settings });
    await expect(dialog.getByRole('combobox', { name: ui.language })).toHaveValue(ui.code);
    await expect(dialog.getByLabel(ui.budget)).toBeVisible();
    await expectAccessible(page, `${ui.code} settings`);
    await dialog.getByRole('button', { name: ui.close }).click();
    await expectShownIn(page, ui);
    await expectFitsTheWidth(page, ui);
    await expectAccessible(page, `${ui.code} start`);

    await page.reload();
    await expectShownIn(page, ui);
  });
}

for (const [locale, ui] of [
  ['fr-FR', UI.fr],
  ['ja-JP', UI.ja],
  ['es-MX', UI.es],
  ['zh-CN', UI.zh],
] as const) {
  test.describe(`with a browser in ${locale}`, () => {
    test.use({ locale });

    test('opens in its language', async ({ page }) => {
      await page.goto('/');
      await expectShownIn(page, ui);
      await page.getByRole('button', { name: ui.settings, exact: true }).click();
      await expect(
        page
          .getByRole('dialog', { name: ui.settings })
          .getByRole('combobox', { name: ui.language }),
      ).toHaveValue(ui.code);
    });
  });
}
