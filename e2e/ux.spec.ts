import { expect, FIXTURE_MODELS, test } from './fixtures';
import { type Page } from '@playwright/test';
import { chatFixture, loopFixture } from '../scripts/fixture-model/fixture-scripts';
import {
  chooseMode,
  lastAssistantMessage,
  loadFixtureModel,
  sendMessage,
  setStopWhenSettled,
  setThinkingBudget,
} from './helpers';
import {
  horizontalOverflow,
  importConversations,
  LONG_RUN,
  longStringsExport,
  screenshot,
} from './ux-fixtures';

const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1440, height: 900 };

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Settings' }).click();
  return page.getByRole('dialog', { name: 'Settings' });
}

test.describe('a return visit', () => {
  test.describe(() => {
    test.use({ loadedModel: FIXTURE_MODELS.chat });
    test('loads the last model from the cache by itself and puts the cursor in the message box', async ({
      page,
    }) => {
      await page.reload();
      await expect(
        page.getByRole('status').filter({ hasText: 'Fixture chat · CPU' }),
      ).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Message' })).toBeFocused();
      await sendMessage(page, 'hi');
      await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
    });
  });

  test('offers "Choose a model" when the setting is off or nothing is cached', async ({ page }) => {
    await page.goto('/');
    const pill = page.getByRole('button', { name: 'Model: No model loaded' });
    await expect(pill).toBeVisible();
    await expect(page.getByRole('button', { name: 'Choose a model' })).toBeVisible();
    await loadFixtureModel(page, chatFixture.fileName, 'Fixture chat');
    await expect(page.getByRole('button', { name: 'Choose a model' })).toBeHidden();

    const settings = await openSettings(page);
    const setting = settings.getByRole('checkbox', { name: 'Load last model on start' });
    await expect(setting).toBeChecked();
    await setting.uncheck();
    await settings.getByRole('button', { name: 'Close' }).click();
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'No model loaded' })).toBeVisible();
    await screenshot(page, 'return-visit-choose-model-1440');
    await page.getByRole('button', { name: 'Choose a model' }).click();
    const dialog = page.getByRole('dialog', { name: 'Models' });
    await expect(dialog.getByRole('radio', { name: 'Fixture chat' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Load', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Fixture chat · CPU' })).toBeVisible();
  });
});

for (const viewport of [DESKTOP, PHONE]) {
  test(`long strings wrap and nothing scrolls sideways at ${viewport.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    if (viewport.width < 1024) await page.getByRole('button', { name: 'Chats' }).click();
    await importConversations(page, longStringsExport);
    await expect(
      page.getByRole('status').filter({ hasText: 'Imported 1 conversation.' }),
    ).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Conversations' })
      .getByRole('button', { name: 'Long strings', exact: true })
      .click();
    const reply = lastAssistantMessage(page);
    await expect(reply.getByTestId('answer')).toContainText('An unbroken run');
    await reply.getByRole('button', { name: /Thought for/ }).click();
    await expect(reply.getByRole('region', { name: 'Thinking' })).toBeVisible();
    await expect(page.getByTestId('user-text')).toHaveText(LONG_RUN);

    const overflow = await horizontalOverflow(page);
    expect(overflow).toEqual({ page: 0, list: 0, scroller: 0 });
    // Code keeps its lines and scrolls inside its own block.
    const code = reply.locator('pre');
    expect(await code.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await screenshot(page, `long-strings-${viewport.width}`);
  });
}

test.describe(() => {
  test.use({ loadedModel: FIXTURE_MODELS.loop });
  test('the live thinking panel keeps its header in view and follows the end', async ({ page }) => {
    await setStopWhenSettled(page, false);
    await chooseMode(page, 'Think');
    await sendMessage(page, 'think forever');
    const reply = lastAssistantMessage(page);
    const region = reply.getByRole('region', { name: 'Thinking' });
    // Wait until the thinking is longer than the panel may grow.
    await expect
      .poll(() => region.evaluate((el) => el.scrollHeight - el.clientHeight), { timeout: 40_000 })
      .toBeGreaterThan(20);
    const box = await region.boundingBox();
    expect(box?.height ?? 0).toBeLessThanOrEqual(16 * 16 + 1);
    await expect(reply.getByRole('button', { name: /Thinking…/ })).toBeInViewport();
    await expect
      .poll(() => region.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight))
      .toBeLessThanOrEqual(24);
    await screenshot(page, 'live-thinking-1440');
    await page.getByRole('button', { name: 'Stop' }).click();
  });
});

test.describe(() => {
  test.use({ loadedModel: FIXTURE_MODELS.loop });
  test('answer details count thinking cut at the budget in tokens and speed', async ({ page }) => {
    await setThinkingBudget(page, '256');
    await setStopWhenSettled(page, false);
    await chooseMode(page, 'Think');
    await sendMessage(page, 'think forever');
    const reply = lastAssistantMessage(page);
    await expect(reply.getByTestId('answer')).toHaveText(loopFixture.answer, { timeout: 45_000 });
    const summary = reply.locator('details summary');
    const total = Number(/(\d+) tokens/.exec((await summary.textContent()) ?? '')?.[1]);
    // Before the fix the total was the answer's 10 tokens alone, and the speed divided those.
    expect(total).toBeGreaterThan(256);
    await summary.click();
    await expect(reply.locator('details dl')).toContainText(`${total} (256 thinking)`);
  });
});

test.describe('sampling fields', () => {
  test.describe(() => {
    test.use({ loadedModel: FIXTURE_MODELS.chat });
    test('refuse bad input with a reason; an empty field means the default, never 0', async ({
      page,
    }) => {
      let settings = await openSettings(page);
      const field = settings.getByRole('textbox', { name: 'Quick temperature' });
      await expect(field).toHaveValue('0.7');
      await expect(field).toHaveAccessibleDescription(/0 to 2 · empty = default/);

      await field.fill('-1');
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(/Out of range\. Use 0 to 2\./);
      await field.fill('abc');
      await expect(field).toHaveAccessibleDescription(/Not a number/);
      await field.fill('');
      await expect(field).toHaveAttribute('aria-invalid', 'false');
      await screenshot(page, 'sampling-fields-1440');
      await settings.getByRole('button', { name: 'Close' }).click();

      await chooseMode(page, 'Quick');
      await sendMessage(page, 'hi');
      await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
      settings = await openSettings(page);
      await expect(settings.getByRole('textbox', { name: 'Quick temperature' })).toHaveValue('0.7');
      await settings.getByText('Developer: last request to the engine').click();
      const request = JSON.parse(
        (await settings.getByLabel('Last engine request').textContent()) ?? '',
      );
      expect(request).toMatchObject({ sampling: { temperature: 0.7 } });
    });
  });

  test('show and accept German decimals', async ({ page }) => {
    await page.goto('/');
    const settings = await openSettings(page);
    await settings.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
    const dialog = page.getByRole('dialog', { name: 'Einstellungen' });
    const field = dialog.getByRole('textbox', { name: 'Temperatur (Schnell)' });
    await expect(field).toHaveValue('0,7');
    await field.fill('0,55');
    await expect(field).toHaveAttribute('aria-invalid', 'false');
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await page.getByRole('button', { name: 'Einstellungen' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Temperatur (Schnell)' })).toHaveValue('0,55');
    await screenshot(page, 'sampling-fields-de-1440');
  });
});

test.describe(() => {
  test.use({ loadedModel: FIXTURE_MODELS.chat });
  test('example cards show and run the mode that is chosen', async ({ page }) => {
    const example = page.getByRole('button', { name: /Who wrote Faust\?/ });
    await expect(example).toContainText('Auto: Quick');
    await chooseMode(page, 'Think');
    await expect(example).not.toContainText('Auto');
    await expect(example).toContainText('Think');
    await example.click();
    const reply = lastAssistantMessage(page);
    await expect(reply.getByTestId('answer')).toHaveText(chatFixture.answer);
    await expect(reply.getByRole('button', { name: /Thought for/ })).toBeVisible();
  });
});

test('imports count conversations in proper plural forms', async ({ page }) => {
  await page.goto('/');
  await importConversations(page, longStringsExport);
  await expect(page.getByText('Imported 1 conversation.')).toBeVisible();
  await importConversations(page, longStringsExport);
  await expect(page.getByText('Nothing new imported: 1 already here (skipped).')).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test.describe(() => {
    test.use({ loadedModel: FIXTURE_MODELS.chat });
    test('header on one row, no Shift+Enter hint, 40 px targets, drawer closes under dialogs', async ({
      page,
    }) => {
      const header = page.getByRole('banner');
      expect((await header.boundingBox())?.height ?? 0).toBeLessThanOrEqual(60);
      const message = page.getByRole('textbox', { name: 'Message' });
      expect(await message.getAttribute('placeholder')).not.toContain('Shift');

      await sendMessage(page, 'hi');
      const reply = lastAssistantMessage(page);
      await expect(reply.getByTestId('answer')).toHaveText(chatFixture.answer);
      for (const name of ['Copy', 'Regenerate', 'Think it through', 'Delete answer']) {
        const box = await reply.getByRole('button', { name, exact: true }).boundingBox();
        expect(box?.height ?? 0, name).toBeGreaterThanOrEqual(40);
        expect(box?.width ?? 0, name).toBeGreaterThanOrEqual(40);
      }
      await screenshot(page, 'phone-chat-375');

      await page.getByRole('button', { name: 'Chats' }).click();
      const history = page.getByRole('navigation', { name: 'Conversations' });
      await expect(history).toBeVisible();
      await page.getByRole('button', { name: 'Settings' }).click();
      await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
      await expect(history).toBeHidden();
      await screenshot(page, 'phone-settings-375');
    });
  });
});

for (const viewport of [DESKTOP, PHONE]) {
  test(`German and dark: one header row and no sideways scroll at ${viewport.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    const settings = await openSettings(page);
    await settings.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
    const dialog = page.getByRole('dialog', { name: 'Einstellungen' });
    await dialog.getByRole('combobox', { name: 'Design' }).selectOption({ label: 'Dunkel' });
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await expect(page.getByRole('button', { name: 'Modell wählen' })).toBeVisible();
    expect((await page.getByRole('banner').boundingBox())?.height ?? 0).toBeLessThanOrEqual(60);
    expect((await horizontalOverflow(page)).page).toBe(0);
    await screenshot(page, `german-dark-${viewport.width}`);
    await page.getByRole('button', { name: /^Modell:/ }).click();
    await expect(page.getByRole('dialog', { name: 'Modelle' })).toBeVisible();
    await screenshot(page, `german-dark-model-dialog-${viewport.width}`);
  });
}
