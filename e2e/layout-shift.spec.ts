import { expect, test, type Page } from '@playwright/test';
import { endlessFixture } from '../scripts/fixture-model/fixture-scripts';
import { chooseMode, lastAssistantMessage, loadFixtureModel, sendMessage } from './helpers';

/** Cumulative layout shift allowed (issue 23); Lighthouse's "good" is 0.1. */
const MAX_SHIFT = 0.02;

interface LayoutShift {
  value: number;
  /** ms since navigation. */
  at: number;
  /** The elements that moved, with their rectangles before and after. */
  sources: string[];
}

declare global {
  interface Window {
    __layoutShifts?: LayoutShift[];
  }
}

/**
 * Records every layout shift not caused by the user's own input, from before the app's first
 * paint, with the elements that moved (so a failure names them).
 */
async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: LayoutShift[] = [];
    window.__layoutShifts = shifts;
    type Shift = PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: {
        node?: Node | null;
        previousRect: DOMRectReadOnly;
        currentRect: DOMRectReadOnly;
      }[];
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map(({ node, previousRect: a, currentRect: b }) => {
          const name =
            node instanceof Element
              ? `${node.tagName.toLowerCase()} "${(node.textContent ?? '').slice(0, 40)}"`
              : String(node?.nodeName);
          return `${name} (${a.x},${a.y} ${a.width}×${a.height} → ${b.x},${b.y} ${b.width}×${b.height})`;
        });
        shifts.push({ value: entry.value, at: Math.round(entry.startTime), sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

async function shiftsSoFar(page: Page) {
  const shifts = await page.evaluate(() => window.__layoutShifts ?? []);
  return { total: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
}

/** The app has started: the device check answered and the header's tools arrived. */
async function appStarted(page: Page) {
  await expect(page.getByRole('radiogroup', { name: 'Model' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeEnabled();
}

test.describe('paint before JavaScript', () => {
  test('the built page shows the app shell with no script at all', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'MindSwitch' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible();
    await expect(page.getByRole('radiogroup', { name: 'Thinking mode' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Model' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Choose a model' })).toBeVisible();
    await context.close();
  });

  test('a saved dark theme is on the first paint, before the app’s script runs', async ({
    page,
  }) => {
    await page.goto('/');
    await appStarted(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByLabel('Theme').selectOption('dark');
    await settings.getByRole('button', { name: 'Close' }).click();
    // Only the inline boot script (allowed by its hash in the CSP) may run now.
    await page.route(/\/assets\/.+\.js$/, (route) => route.abort());
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(page.getByRole('textbox', { name: 'Message' })).toBeVisible();
  });
});

test.describe('no layout shift', () => {
  test('nothing moves while the app starts, at phone and desktop widths', async ({ page }) => {
    for (const width of [375, 1440]) {
      await page.setViewportSize({ width, height: 800 });
      await recordLayoutShifts(page);
      await page.goto('/');
      await appStarted(page);
      // Whatever else arrives right after start (the service worker, the stored conversations).
      await page.waitForLoadState('networkidle');
      const { total, shifts } = await shiftsSoFar(page);
      expect(total, `${width} px: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(MAX_SHIFT);
    }
  });

  test('nothing moves while an answer and its thinking stream', async ({ page }) => {
    await recordLayoutShifts(page);
    await page.goto('/');
    await loadFixtureModel(page, endlessFixture.fileName, 'Fixture endless');
    const before = await shiftsSoFar(page);

    await chooseMode(page, 'Think');
    await sendMessage(page, 'Tell me a tale.');
    const reply = lastAssistantMessage(page);
    // Several render steps of a growing answer, after its thinking folded away.
    const sentence = endlessFixture.answer.trim();
    await expect(reply.getByTestId('answer')).toContainText(`${sentence} `.repeat(4).trim());
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();

    const after = await shiftsSoFar(page);
    const streamed = after.shifts.slice(before.shifts.length);
    expect(after.total - before.total, JSON.stringify(streamed)).toBeLessThanOrEqual(MAX_SHIFT);
  });
});
