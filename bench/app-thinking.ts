// The app thinking on the loop fixture as the engine-overhead benches read it: asked as a user
// asks, its thinking panel read by an in-page MutationObserver or by polling from outside.
import type { Browser, Locator } from '@playwright/test';
import { chooseMode } from '../e2e/helpers';
import { addAndLoad, changeSettings } from './app-steps';

/** What both sides ask the loop fixture. */
export const PROMPT = 'think forever';
/**
 * The rate is taken between these lengths of the thinking (characters), on both sides: about
 * 3,000 tokens of the loop fixture, so that a page whose cost grows with the stream shows it.
 */
export const LOOP_WINDOW = { from: 1_500, to: 13_000 };
/** How often the polling reader reads the app's thinking panel from outside (ms). */
export const POLL_MS = 50;

/**
 * Resolves with the first times an element's text reaches `from` and `to` characters, read when the
 * app changes the element (a MutationObserver): the bench adds no work of its own per frame, as
 * the bare page adds none per token. (Polling once per animation frame kept the page producing
 * frames 60 times a second, which the app alone does not.)
 */
const WATCH_LENGTH = `window.__benchWatchLength = (el, from, to) => new Promise((done) => {
  const seen = [];
  const check = () => {
    const chars = el.textContent ? el.textContent.length : 0;
    const at = performance.now();
    if (seen.length === 0 && chars >= from) seen.push({ at, chars });
    if (seen.length === 1 && chars >= to) {
      observer.disconnect();
      done([...seen, { at, chars }]);
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(el, { childList: true, subtree: true, characterData: true });
  check();
});`;

declare global {
  interface Window {
    __benchWatchLength?: (
      el: Element,
      from: number,
      to: number,
    ) => Promise<{ at: number; chars: number }[]>;
  }
}

/** First times (page clock) the element's text reached `from` and `to` characters, polled every POLL_MS. */
export async function pollLength(el: Locator, from: number, to: number) {
  // Found once, as a harness keeps its element: a locator would run Playwright's role query (every
  // region's accessible name) in the page at each poll, work of the bench's, not of the app's.
  const panel = await el.elementHandle();
  if (!panel) throw new Error('The thinking panel is gone.');
  const seen: { at: number; chars: number }[] = [];
  for (;;) {
    const mark = await panel.evaluate((node) => ({
      at: performance.now(),
      chars: node.textContent?.length ?? 0,
    }));
    if (seen.length === 0 && mark.chars >= from) seen.push(mark);
    if (seen.length === 1 && mark.chars >= to) return [...seen, mark];
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
}

/** As a user: adds the fixture by URL, loads it and asks in Think; the thinking panel as it shows. */
export async function askInThink(browser: Browser, baseURL: string, modelUrl: string) {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', locale: 'en-US' });
  // Plain JavaScript: functions this module passes to the page must not name inner functions
  // (tsx would wrap them in a `__name` helper the page does not have).
  await context.addInitScript({ content: WATCH_LENGTH });
  const page = await context.newPage();
  await page.goto('/');
  await addAndLoad(page, modelUrl, 'Fixture loop');
  // Bare wllama decodes without trial answers, so the app does too (the loop fixture's first trial
  // answer is settled: the setting would end its thinking at the first pause).
  await changeSettings(page, { stopWhenSettled: false });
  await chooseMode(page, 'Think');
  const message = page.getByRole('textbox', { name: 'Message' });
  await message.fill(PROMPT);
  await message.press('Enter');
  const thinking = page.getByRole('region', { name: 'Thinking' }).last();
  await thinking.waitFor();
  return { context, page, thinking };
}

/** When the thinking panel's text reached the window's ends, seen by the in-page observer. */
export function observedMarks(thinking: Locator) {
  return thinking.evaluate(
    (el, range) => window.__benchWatchLength?.(el, range.from, range.to) ?? [],
    LOOP_WINDOW,
  );
}

/** Characters per second between the window's two marks. */
export function windowRate(marks: { at: number; chars: number }[]): number {
  const [a, b] = marks;
  if (!a || !b) throw new Error('The thinking never reached the window.');
  return ((b.chars - a.chars) * 1000) / (b.at - a.at);
}
