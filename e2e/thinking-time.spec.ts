import { settleFixture } from '../scripts/fixture-model/fixture-scripts';
import { DEFAULT_STOP_POLICY } from '../src/domain/thinking-policy/stop-rule';
import { TIME_LIMIT_GRACE_MS } from '../src/domain/thinking-policy/time-limit';
import { expect, FIXTURE_MODELS, test } from './fixtures';
import {
  chooseMode,
  lastAssistantMessage,
  sendMessage,
  setStopWhenSettled,
  setThinkingBudget,
  setThinkingTimeLimit,
} from './helpers';

// Up to about two thousand thinking tokens per test at the fixture's 15–40 tokens/s on a loaded box.
test.describe.configure({ timeout: 300_000 });

/** The first number of `pattern`'s group in `text` ("1,024" and "1.024" read as 1024). */
function numberIn(text: string | null, pattern: RegExp): number {
  const match = pattern.exec(text ?? '');
  return Number(match?.[1]?.replace(/[,.](?=\d{3}\b)/g, '') ?? NaN);
}

test.describe('with the looping fixture', () => {
  test.use({ loadedModel: FIXTURE_MODELS.loop });

  test('the time limit closes thinking; the panel then says the most thinking can take', async ({
    page,
  }) => {
    const limitSeconds = 15;
    await setStopWhenSettled(page, false);
    await setThinkingBudget(page, '4096');
    await setThinkingTimeLimit(page, String(limitSeconds));
    await chooseMode(page, 'Think');
    await sendMessage(page, 'What is six times seven?');
    const reply = lastAssistantMessage(page);
    await expect(reply.getByText('Time limit reached')).toBeVisible({ timeout: 120_000 });
    await expect(reply).not.toContainText('Thinking budget reached');

    // How long thinking ran, from its tokens at the answer's measured rate (no clock in the test).
    const panel = reply.getByRole('button', { name: /^Thought for/ });
    const thinkingTokens = numberIn(await panel.textContent(), /· ([\d,]+) tokens/);
    const details = reply.getByLabel(/^Answer details/);
    const rate = numberIn(await details.getAttribute('aria-label'), /([\d.]+) tok\/s/);
    expect(thinkingTokens).toBeLessThan(4096);
    const thoughtSeconds = thinkingTokens / rate;
    // At the limit the model may finish its sentence (the grace), checked about once a second.
    const latest = limitSeconds + TIME_LIMIT_GRACE_MS / 1000 + 1;
    expect(thoughtSeconds).toBeGreaterThan(limitSeconds * 0.8);
    expect(thoughtSeconds).toBeLessThan(latest * 1.25);

    // The answer measured the speed here: the next one shows the most it can take, the limit.
    await sendMessage(page, 'And seven times eight?');
    const next = lastAssistantMessage(page);
    await expect(
      next.getByRole('button', { name: /^Thinking… \d+ s · at most about 15\ss/ }),
    ).toBeVisible();
    await expect(next.getByText('Time limit reached')).toBeVisible({ timeout: 120_000 });

    // An early stop now says about how much time it saved (the loop's trial answer is confident).
    await setThinkingTimeLimit(page, 'none');
    await setStopWhenSettled(page, true);
    await sendMessage(page, 'And eight times nine?');
    await expect(
      lastAssistantMessage(page).getByText(
        /^Stopped thinking early · [\d,]+ tokens · about \d+\s(s|min) saved$/,
      ),
    ).toBeVisible({ timeout: 120_000 });
  });
});

test.describe('in German, with the settling fixture', () => {
  test.use({ loadedModel: FIXTURE_MODELS.settle });

  test('Denken stops once the answer is settled; Länger nachdenken resumes and answers', async ({
    page,
  }) => {
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page
      .getByRole('dialog', { name: 'Settings' })
      .getByRole('combobox', { name: 'Language' })
      .selectOption({ label: 'Deutsch' });
    const settings = page.getByRole('dialog', { name: 'Einstellungen' });
    await settings.getByLabel('Denkbudget').selectOption('1024');
    await settings.getByRole('button', { name: 'Schließen' }).click();
    await page
      .getByRole('radiogroup', { name: 'Denkmodus' })
      .getByRole('radio', { name: 'Denken' })
      .check();
    await page.getByRole('textbox', { name: 'Nachricht' }).fill('Was ist sechs mal sieben?');
    await page.getByRole('textbox', { name: 'Nachricht' }).press('Enter');

    const replies = page.getByRole('article', { name: 'Antwort des Assistenten' });
    const reply = replies.last();
    const note = reply.getByText(/^Früher aufgehört zu denken · [\d.]+ Tokens/);
    await expect(note).toBeVisible({ timeout: 180_000 });
    const { minThinkingTokens, probeEveryTokens, sameAnswersInARow } = DEFAULT_STOP_POLICY;
    const settlesAt = minThinkingTokens + (sameAnswersInARow - 1) * probeEveryTokens;
    const stoppedAt = numberIn(await note.textContent(), /· ([\d.]+) Tokens/);
    expect(stoppedAt).toBeGreaterThanOrEqual(settlesAt);
    await expect(reply.getByTestId('answer')).toHaveText(settleFixture.answer);

    // Thinking goes on where it stopped (settling is off for it) until the budget closes it.
    await reply.getByRole('button', { name: 'Länger nachdenken' }).click();
    await expect(reply).toContainText('Denkbudget erreicht', { timeout: 180_000 });
    await expect(reply.getByTestId('answer')).toHaveText(settleFixture.answer);
    await expect(note).toHaveCount(0);
    await expect(replies).toHaveCount(1);
  });
});
