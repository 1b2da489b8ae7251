import AxeBuilder from '@axe-core/playwright';
import { expect, FIXTURE_MODELS, test } from './fixtures';
import { type Page } from '@playwright/test';
import {
  chatFixture,
  htmlFixture,
  markdownFixture,
} from '../scripts/fixture-model/fixture-scripts';
import {
  chooseMode,
  lastAssistantMessage,
  loadFixtureModel,
  sendMessage,
  setStopWhenSettled,
} from './helpers';

async function expectNoSeriousA11yViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map(
      (v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

async function setTheme(page: Page, theme: 'Light' | 'Dark') {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Theme').selectOption({ label: theme });
  await page
    .getByRole('dialog', { name: 'Settings' })
    .getByRole('button', { name: 'Close' })
    .click();
}

test('code blocks get a working copy button and math renders with KaTeX', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await loadFixtureModel(page, markdownFixture.fileName, 'Fixture markdown');
  await chooseMode(page, 'Quick');
  await sendMessage(page, 'show me');
  const answer = lastAssistantMessage(page).getByTestId('answer');
  await expect(answer.locator('pre code')).toHaveText('print(42)');
  await expect(answer.locator('.katex')).toHaveCount(1);
  await expect(answer).not.toContainText('\\(');
  await answer.getByRole('button', { name: 'Copy code' }).click();
  await expect(answer.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('print(42)');
});

test('HTML in model output stays inert text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/');
  await loadFixtureModel(page, htmlFixture.fileName, 'Fixture html');
  await chooseMode(page, 'Quick');
  await sendMessage(page, 'hi');
  const answer = lastAssistantMessage(page).getByTestId('answer');
  await expect(answer).toHaveText(htmlFixture.answer);
  await expect(answer.locator('img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test.describe('message actions with the chat fixture', () => {
  test.use({ loadedModel: FIXTURE_MODELS.chat });

  test.beforeEach(async ({ page }) => {
    await chooseMode(page, 'Think');
  });

  test('editing a message resends it and replaces the later turns', async ({ page }) => {
    await sendMessage(page, 'first question');
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
    await sendMessage(page, 'second question');
    await expect(page.getByRole('article', { name: 'Assistant message' })).toHaveCount(2);
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);

    const first = page.getByRole('article', { name: 'Your message' }).first();
    await first.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Edit message').fill('a better question');
    await page.getByRole('button', { name: 'Save and send' }).click();
    await expect(page.getByRole('article', { name: 'Your message' })).toHaveCount(1);
    await expect(page.getByTestId('user-text')).toHaveText('a better question');
    await expect(page.getByRole('article', { name: 'Assistant message' })).toHaveCount(1);
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);

    await page.reload();
    await expect(page.getByTestId('user-text')).toHaveText('a better question');
    await expect(page.getByRole('article', { name: 'Assistant message' })).toHaveCount(1);
  });

  test('regenerate, copy, details and delete on an answer', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await sendMessage(page, 'hi');
    const reply = lastAssistantMessage(page);
    await expect(reply.getByTestId('answer')).toHaveText(chatFixture.answer);
    await reply.getByRole('button', { name: 'Copy', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(chatFixture.answer);

    await reply.getByText(/^Think · \d+\.\d s · \d+ tokens · [\d.]+ tok\/s$/).click();
    await expect(reply.getByText('Time to first token')).toBeVisible();
    await expect(reply.getByText('Fixture chat', { exact: true })).toBeVisible();

    await reply.getByRole('button', { name: 'Regenerate' }).click();
    await expect(page.getByRole('article', { name: 'Assistant message' })).toHaveCount(1);
    await expect(lastAssistantMessage(page).getByTestId('mode-decision')).toHaveText('Think');
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);

    // Regenerate keeps the first answer as version 1; deleting version 2 shows version 1 again.
    await expect(page.getByRole('group', { name: 'Version 2 of 2' })).toBeVisible();
    await lastAssistantMessage(page).getByRole('button', { name: 'Delete answer' }).click();
    await expect(page.getByRole('group', { name: /^Version/ })).toHaveCount(0);
    await lastAssistantMessage(page).getByRole('button', { name: 'Delete answer' }).click();
    await expect(page.getByRole('article', { name: 'Assistant message' })).toHaveCount(0);
  });

  test('compare view answers one prompt in Quick, Think and Draft + refine', async ({ page }) => {
    await page.getByRole('button', { name: 'Compare' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Compare Quick, Think, Draft + refine and Auto',
    });
    await dialog.getByLabel('Prompt to compare').fill('hi');
    await dialog.getByRole('button', { name: 'Run all four' }).click();
    const quick = dialog.getByRole('region', { name: 'Quick answer' });
    const think = dialog.getByRole('region', { name: 'Think answer' });
    await expect(quick.getByTestId('answer')).toHaveText(chatFixture.answer);
    await expect(think.getByTestId('answer')).toHaveText(chatFixture.answer);
    await expect(quick.getByRole('button', { name: /Thought for/ })).toHaveCount(0);
    await expect(think.getByRole('button', { name: /Thought for .* tokens/ })).toBeVisible();
    await expect(quick.getByTestId('run-summary')).toHaveText(
      /^\d+\.\d s · \d+ tokens · \d+\.\d tok\/s$/,
    );
    await expect(think.getByTestId('run-summary')).toHaveText(
      /^\d+\.\d s · \d+ tokens · \d+\.\d tok\/s$/,
    );
    const refine = dialog.getByRole('region', { name: 'Draft + refine answer' });
    await expect(refine.getByTestId('answer')).toHaveText(chatFixture.answer);
    await expect(refine.getByRole('region', { name: 'Draft' })).toBeVisible();
    await expect(refine).toContainText('Refined: confirmed the draft');
  });
});

test.describe(() => {
  test.use({ loadedModel: FIXTURE_MODELS.loop });
  test('keyboard only: focus the box, type, send, stop', async ({ page }) => {
    await setStopWhenSettled(page, false);
    await page.keyboard.press('Shift+Escape');
    await expect(page.getByRole('textbox', { name: 'Message' })).toBeFocused();
    await page.keyboard.type('think forever /think');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('please');
    await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue(
      'think forever /think\nplease',
    );
    await page.keyboard.press('Enter');
    const thinking = lastAssistantMessage(page).getByRole('region', { name: 'Thinking' });
    await expect(thinking).toContainText('Still thinking in circles...');
    await page.keyboard.press('Escape');
    await expect(lastAssistantMessage(page)).toContainText('Stopped. The text so far is kept.');
    await page.keyboard.press('Control+/');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+O');
    await expect(page.getByRole('article')).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Message' })).toBeFocused();
  });
});

test('the mode switch works with arrow keys', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('radio', { name: 'Auto' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: 'Draft + refine' })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: 'Think' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Think' })).toBeFocused();
});

test.describe(() => {
  test.use({ loadedModel: FIXTURE_MODELS.chat });
  test('no serious accessibility violations on the main screens, light and dark', async ({
    page,
  }) => {
    for (const theme of ['Light', 'Dark'] as const) {
      await setTheme(page, theme);
      await page.getByRole('button', { name: 'New chat' }).click();
      await expectNoSeriousA11yViolations(page, `${theme} empty`);

      await chooseMode(page, 'Think');
      await sendMessage(page, 'hi');
      const reply = lastAssistantMessage(page);
      await expect(reply.getByTestId('answer')).toHaveText(chatFixture.answer);
      await reply.getByRole('button', { name: /Thought for/ }).click();
      await expect(reply.getByRole('region', { name: 'Thinking' })).toBeVisible();
      await expectNoSeriousA11yViolations(page, `${theme} chatting`);

      await page.getByRole('button', { name: 'Settings' }).click();
      await expectNoSeriousA11yViolations(page, `${theme} settings`);
      await page
        .getByRole('dialog', { name: 'Settings' })
        .getByRole('button', { name: 'Close' })
        .click();

      await page.getByRole('button', { name: /^Model:/ }).click();
      await expect(page.getByRole('radiogroup', { name: 'Model' })).toBeVisible();
      await expectNoSeriousA11yViolations(page, `${theme} picker`);
      await page
        .getByRole('dialog', { name: 'Models' })
        .getByRole('button', { name: 'Close' })
        .click();
    }
  });
});

for (const width of [375, 1440]) {
  test(`the layout works at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    await loadFixtureModel(page, chatFixture.fileName, 'Fixture chat');
    await sendMessage(page, 'hi');
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('textbox', { name: 'Message' })).toBeInViewport();
    const history = page.getByRole('navigation', { name: 'Conversations' });
    if (width < 1024) {
      await expect(history).toBeHidden();
      await page.getByRole('button', { name: 'Chats' }).click();
    }
    await expect(history).toBeVisible();
  });
}
