import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { endlessFixture, loopFixture } from '../scripts/fixture-model/fixture-scripts';
import {
  chooseMode,
  lastAssistantMessage,
  loadFixtureModel,
  sendMessage,
  setStopWhenSettled,
  textLength,
} from './helpers';

/**
 * The box that scrolls `content` (the element itself, or its nearest scrolling ancestor): how far
 * it is scrolled, and how far from its bottom; scrolled to its top or bottom first if asked.
 */
async function scrollState(content: Locator, scrollTo?: 'top' | 'bottom') {
  return content.evaluate((element, where) => {
    let box: Element | null = element;
    while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowY)) {
      box = box.parentElement;
    }
    if (!box) throw new Error('Nothing scrolls this element.');
    if (where) box.scrollTop = where === 'top' ? 0 : box.scrollHeight;
    return { top: box.scrollTop, fromBottom: box.scrollHeight - box.scrollTop - box.clientHeight };
  }, scrollTo);
}

async function thinkForever(page: Page) {
  await page.goto('/');
  await loadFixtureModel(page, loopFixture.fileName, 'Fixture loop');
  await setStopWhenSettled(page, false);
  await chooseMode(page, 'Think');
  await sendMessage(page, 'think forever');
  return lastAssistantMessage(page).getByRole('region', { name: 'Thinking' });
}

test('the conversation follows a streaming answer, but not while the user scrolls up to read', async ({
  page,
}) => {
  await page.setViewportSize({ width: 600, height: 420 });
  await page.goto('/');
  await loadFixtureModel(page, endlessFixture.fileName, 'Fixture endless');
  await chooseMode(page, 'Quick');
  await sendMessage(page, 'tell me a tale');
  const answer = lastAssistantMessage(page);
  const conversation = page.getByRole('log', { name: 'Conversation' });
  // The fixture's answer ends at its 1K context (about 2,300 characters): polled often, so that
  // each step below takes a few hundred characters of it, not a second's worth.
  const often = { intervals: [50], timeout: 30_000 };

  await expect.poll(async () => (await scrollState(conversation)).top, often).toBeGreaterThan(100);
  await expect
    .poll(async () => (await scrollState(conversation)).fromBottom, often)
    .toBeLessThan(5);

  await scrollState(conversation, 'top');
  const whenScrolledUp = await textLength(answer);
  await expect.poll(() => textLength(answer), often).toBeGreaterThan(whenScrolledUp + 100);
  expect((await scrollState(conversation)).top).toBe(0);

  await scrollState(conversation, 'bottom');
  const whenBack = await textLength(answer);
  await expect.poll(() => textLength(answer), often).toBeGreaterThan(whenBack + 100);
  await expect
    .poll(async () => (await scrollState(conversation)).fromBottom, often)
    .toBeLessThan(5);
});

test('live thinking follows the newest text, but not while the user scrolls up to read', async ({
  page,
}) => {
  await page.setViewportSize({ width: 600, height: 420 });
  const thinking = await thinkForever(page);

  // It keeps following the newest text while piece after piece of it scrolls out of view (each
  // about 1,000 characters, some 200 px here; out of view, a piece is not rendered but
  // keeps its height).
  await expect.poll(() => textLength(thinking), { timeout: 60_000 }).toBeGreaterThan(6_000);
  await expect.poll(async () => (await scrollState(thinking)).fromBottom).toBeLessThan(5);
  expect((await scrollState(thinking)).top).toBeGreaterThan(800);

  await scrollState(thinking, 'top');
  const whenScrolledUp = await textLength(thinking);
  await expect.poll(() => textLength(thinking)).toBeGreaterThan(whenScrolledUp + 200);
  expect((await scrollState(thinking)).top).toBe(0);

  await scrollState(thinking, 'bottom');
  const whenBack = await textLength(thinking);
  await expect.poll(() => textLength(thinking)).toBeGreaterThan(whenBack + 200);
  await expect.poll(async () => (await scrollState(thinking)).fromBottom).toBeLessThan(5);
  await page.getByRole('button', { name: 'Stop' }).click();
});

test('a long thought without line breaks wraps as one paragraph once it has ended', async ({
  page,
}) => {
  const thinking = await thinkForever(page);
  // Past two of the 1,000-character pieces the live panel lays the thought out in.
  await expect.poll(() => textLength(thinking), { timeout: 30_000 }).toBeGreaterThan(2_300);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(lastAssistantMessage(page)).toContainText('Stopped. The text so far is kept.');

  // At any width, the thought takes as many lines as the same text as one text node in a box of
  // the same style (widths vary, so that no piece's end meets a line's end by chance).
  const heights = await thinking.evaluate((panel) => {
    const oneParagraph = document.createElement('div');
    oneParagraph.className = panel.className;
    oneParagraph.textContent = panel.textContent;
    panel.after(oneParagraph);
    const result = [240, 320, 410, 530].map((width) => {
      for (const box of [panel, oneParagraph]) box.style.width = `${width}px`;
      return { width, panel: panel.scrollHeight, oneParagraph: oneParagraph.scrollHeight };
    });
    oneParagraph.remove();
    panel.style.width = '';
    return result;
  });
  for (const { width, panel, oneParagraph } of heights) {
    expect(panel, `height at ${width} px`).toBe(oneParagraph);
  }
});
