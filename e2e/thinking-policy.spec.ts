import { loopFixture, settleFixture, waverFixture } from '../scripts/fixture-model/fixture-scripts';
import { THINK_LONGER_NUDGE } from '../src/domain/thinking-policy/probe-prompts';
import { DEFAULT_STOP_POLICY } from '../src/domain/thinking-policy/stop-rule';
import { expect, FIXTURE_MODELS, test } from './fixtures';
import { chooseMode, lastAssistantMessage, sendMessage, setThinkingBudget } from './helpers';

const { minThinkingTokens, probeEveryTokens, sameAnswersInARow } = DEFAULT_STOP_POLICY;
/** The settle fixture's trial answers agree k times in a row: the k-th probe is due here. */
const settlesAt = minThinkingTokens + (sameAnswersInARow - 1) * probeEveryTokens;
/** Its thinking loops every 15 tokens; the probe waits for the next pause in the loop. */
const LOOP_TOKENS = 15;

// About a thousand thinking tokens per test: the fixture decodes 15–40 tokens/s on a loaded CI box.
test.describe.configure({ timeout: 300_000 });

function stoppedTokens(note: string): number {
  const match = /· ([\d,]+) tokens/.exec(note);
  return Number(match?.[1]?.replace(/,/g, '') ?? NaN);
}

test.describe('with the settling fixture', () => {
  test.use({ loadedModel: FIXTURE_MODELS.settle });

  test('Think stops once the answer is settled; Think longer resumes and answers', async ({
    page,
  }) => {
    await setThinkingBudget(page, '1024');
    await chooseMode(page, 'Think');
    await sendMessage(page, 'What is six times seven?');
    const reply = lastAssistantMessage(page);
    const note = reply.getByText(/^Stopped thinking early/);
    await expect(note).toBeVisible({ timeout: 180_000 });
    await expect(reply.getByTestId('answer')).toHaveText(settleFixture.answer);
    await expect(reply).not.toContainText('Thinking budget reached');
    const tokens = stoppedTokens((await note.textContent()) ?? '');
    expect(tokens).toBeGreaterThanOrEqual(settlesAt);
    expect(tokens).toBeLessThan(settlesAt + LOOP_TOKENS * sameAnswersInARow);

    await reply.getByRole('button', { name: 'Think longer' }).click();
    // Thinking goes on where it stopped (settling is off for it) until the budget closes it.
    await expect(reply).toContainText('Thinking budget reached', { timeout: 180_000 });
    await expect(reply.getByTestId('answer')).toHaveText(settleFixture.answer);
    await expect(note).toHaveCount(0);
    await expect(page.getByRole('article', { name: 'Assistant message' })).toHaveCount(1);
  });
});

test.describe('with the looping fixture', () => {
  test.use({ loadedModel: FIXTURE_MODELS.loop });

  test('Think longer where the stop held back no word: "Wait" thinks on, then it answers', async ({
    page,
  }) => {
    await setThinkingBudget(page, '1024');
    await chooseMode(page, 'Think');
    await sendMessage(page, 'Think in circles');
    const reply = lastAssistantMessage(page);
    // Its thinking has no pause: the probe is forced, and its confident trial answer stops it.
    const note = reply.getByText(/^Stopped thinking early/);
    await expect(note).toBeVisible({ timeout: 180_000 });
    await expect(reply.getByTestId('answer')).toHaveText(loopFixture.answer);
    expect(stoppedTokens((await note.textContent()) ?? '')).toBeLessThan(1024);

    await reply.getByRole('button', { name: 'Think longer' }).click();
    await expect(reply).toContainText('Thinking budget reached', { timeout: 180_000 });
    await expect(reply.getByTestId('answer')).toHaveText(loopFixture.answer);
    await expect(note).toHaveCount(0);
    await reply.getByRole('button', { name: /^Thought for/ }).click();
    // s1's nudge, then the model's own thinking round its loop.
    await expect(reply.getByRole('region', { name: 'Thinking' })).toContainText(
      `${THINK_LONGER_NUDGE}${loopFixture.thinking}`,
    );
  });
});

test.describe('with the never-settling fixture', () => {
  test.use({ loadedModel: FIXTURE_MODELS.waver });

  test('thinking runs to its budget: no trial answer is ever conclusive', async ({ page }) => {
    await setThinkingBudget(page, '1024');
    await chooseMode(page, 'Think');
    await sendMessage(page, 'What is six times seven?');
    const reply = lastAssistantMessage(page);
    await expect(reply).toContainText('Thinking budget reached', { timeout: 180_000 });
    await expect(reply.getByTestId('answer')).toHaveText(waverFixture.answer);
    await expect(reply).not.toContainText('Stopped thinking early');
  });
});
