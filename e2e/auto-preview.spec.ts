import type { Page } from '@playwright/test';
import { expect, FIXTURE_MODELS, test } from './fixtures';
import { chooseMode, lastAssistantMessage } from './helpers';

const MATHS = 'If 3 pencils cost 45 cents, how much do 7 pencils cost?';

/** Where the composer's parts are on screen, rounded to whole pixels. */
async function composerLayout(page: Page, send: string) {
  const parts = [
    page.getByRole('radiogroup').first(),
    page.getByRole('textbox').first(),
    page.getByRole('button', { name: send, exact: true }),
  ];
  return Promise.all(
    parts.map(async (part) => {
      const box = await part.boundingBox();
      return box && [box.x, box.y, box.width, box.height].map(Math.round);
    }),
  );
}

test.describe('English, with a model', () => {
  test.use({ loadedModel: FIXTURE_MODELS.chat });

  test('Auto’s choice is shown while typing, and sending then uses it', async ({ page }) => {
    const box = page.getByRole('textbox', { name: 'Message' });
    const preview = page.getByTestId('auto-preview');
    await chooseMode(page, 'Auto');
    await expect(preview).toHaveText('Auto chooses a mode as you type');

    await box.fill(MATHS);
    await expect(preview).toHaveText('Auto would choose Think: math word problem');
    await expect(box).toHaveAccessibleDescription('Auto would choose Think: math word problem');
    // Announced once, without the reason: a screen reader is not read every word's reason.
    await expect(page.getByRole('status').filter({ hasText: /^Auto would choose/ })).toHaveText(
      'Auto would choose Think',
    );

    await box.press('Enter');
    await expect(lastAssistantMessage(page).getByTestId('mode-decision')).toHaveText(
      'Auto · Think: math word problem',
    );
    await expect(preview).toHaveText('Auto chooses a mode as you type');

    await box.fill('Hello, how are you today?');
    await expect(preview).toHaveText('Auto would choose Quick: simple request');
    await box.fill('Hello, how are you today? /think');
    await expect(preview).toHaveText('Think: chosen by your command');
  });
});

test('only Auto shows a choice; another mode says what it does on the same line', async ({
  page,
}) => {
  await page.goto('/');
  await chooseMode(page, 'Quick');
  await page.getByRole('textbox', { name: 'Message' }).fill(MATHS);
  await expect(page.getByTestId('auto-preview')).toHaveText('Answer at once, no thinking');
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveAccessibleDescription('');
});

test.describe('German', () => {
  test.use({ locale: 'de-DE' });

  test('the choice reads in German, and nothing moves as it changes, on phone and desktop', async ({
    page,
  }) => {
    await page.goto('/');
    const box = page.getByRole('textbox', { name: 'Nachricht' });
    const preview = page.getByTestId('auto-preview');
    for (const width of [375, 1440]) {
      await page.setViewportSize({ width, height: 800 });
      await box.fill('');
      await expect(preview).toHaveText('Auto wählt den Modus, während du tippst');
      const idle = await composerLayout(page, 'Senden');

      await box.fill(
        'Ein Zug fährt um 15 Uhr mit 60 km/h los, ein zweiter um 16 Uhr mit 90 km/h. Wann holt der zweite den ersten ein?',
      );
      await expect(preview).toHaveText('Auto würde Denken wählen: Mathe-Textaufgabe');
      expect(await composerLayout(page, 'Senden'), `${width} px, Denken`).toEqual(idle);

      await box.fill('Hallo, wie geht es dir?');
      await expect(preview).toHaveText('Auto würde Schnell wählen: Smalltalk');
      expect(await composerLayout(page, 'Senden'), `${width} px, Schnell`).toEqual(idle);
    }
  });
});
