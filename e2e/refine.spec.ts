import { chatFixture, loopFixture } from '../scripts/fixture-model/fixture-scripts';
import { expect, FIXTURE_MODELS, test } from './fixtures';
import { chooseMode, lastAssistantMessage, sendMessage, setStopWhenSettled } from './helpers';

test.use({ loadedModel: FIXTURE_MODELS.chat });

test('the draft fills first, then thinking refines it into the final answer', async ({ page }) => {
  // The chat fixture's draft is confident and would be kept (draft-confidence.spec.ts); with the
  // setting off, Draft + refine always refines.
  await setStopWhenSettled(page, false);
  await chooseMode(page, 'Draft + refine');
  // Records, in the page, when the draft first has text and when the thinking panel first shows.
  await page.evaluate(() => {
    const seen: Record<string, number> = {};
    (window as unknown as { refineOrder: Record<string, number> }).refineOrder = seen;
    new MutationObserver(() => {
      const draft = document.querySelector('section[aria-label="Draft"]');
      if (draft?.textContent?.includes('Hello') && seen.draft === undefined)
        seen.draft = performance.now();
      const thinking = [...document.querySelectorAll('button')].some((b) =>
        /Thinking|Thought for/.test(b.textContent ?? ''),
      );
      if (thinking && seen.thinking === undefined) seen.thinking = performance.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await sendMessage(page, 'hi');
  const reply = lastAssistantMessage(page);
  await expect(reply.getByTestId('answer')).toHaveText(chatFixture.answer);
  await expect(reply.getByRole('button', { name: /Thought for/ })).toBeVisible();
  await expect(reply).toContainText('Refined: confirmed the draft');
  const order = await page.evaluate(
    () => (window as unknown as { refineOrder: Record<string, number> }).refineOrder,
  );
  expect(order.draft).toBeDefined();
  expect(order.thinking).toBeDefined();
  expect(order.draft ?? Infinity).toBeLessThan(order.thinking ?? 0);

  const draft = reply.getByRole('region', { name: 'Draft' });
  await draft.getByRole('button', { name: 'Show the draft' }).click();
  await expect(draft).toContainText(chatFixture.answer);
  await expect(reply.getByTestId('mode-decision')).toHaveText('Draft + refine');
});

test.describe('with the looping fixture', () => {
  test.use({ loadedModel: FIXTURE_MODELS.loop });

  test('Stop during refinement keeps the draft as the answer and the partial thinking', async ({
    page,
  }) => {
    // The loop's confident trial answer would end its thinking at the first probe.
    await setStopWhenSettled(page, false);
    await chooseMode(page, 'Draft + refine');
    await sendMessage(page, 'think forever');
    const reply = lastAssistantMessage(page);
    const thinking = reply.getByRole('region', { name: 'Thinking' });
    await expect(thinking).toContainText(
      'Still thinking in circles... Still thinking in circles...',
    );
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(reply).toContainText('Stopped');
    await expect(reply.getByTestId('answer')).toHaveText(loopFixture.answer);
    // With the draft as its answer, the thinking folds away like any finished thinking.
    await reply.getByRole('button', { name: /Thought for/ }).click();
    await expect(thinking).toContainText('Still thinking in circles...');
    await expect(reply).not.toContainText('Refined:');
  });
});
