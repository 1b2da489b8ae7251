import { expect, FIXTURE_MODELS, test } from './fixtures';
import {
  splitCharsFixture,
  splitLoopFixture,
  strayByteFixture,
} from '../scripts/fixture-model/fixture-scripts';
import { chooseMode, lastAssistantMessage, sendMessage, setThinkingBudget } from './helpers';

// Both fixtures emit characters as several tokens that are not complete UTF-8 on their own.

test.describe(() => {
  test.use({ loadedModel: FIXTURE_MODELS.split });
  test('characters split across tokens arrive whole, in the thinking and in the answer', async ({
    page,
  }) => {
    await chooseMode(page, 'Think');
    await sendMessage(page, 'hi');
    const reply = lastAssistantMessage(page);
    await expect(reply.getByTestId('answer')).toHaveText(splitCharsFixture.answer, {
      timeout: 60_000,
    });
    await reply.getByRole('button', { name: /^Thought for/ }).click();
    await expect(reply.getByRole('region', { name: 'Thinking' })).toHaveText(
      splitCharsFixture.thinking,
    );
  });
});

test.describe(() => {
  test.use({ loadedModel: FIXTURE_MODELS.splitLoop });
  test('the thinking budget’s raw continuation writes split characters whole', async ({ page }) => {
    // Thinking up to the budget takes 256 tokens on the CPU engine.
    test.setTimeout(240_000);
    await setThinkingBudget(page, '256');
    await chooseMode(page, 'Think');
    await sendMessage(page, 'think forever');
    const reply = lastAssistantMessage(page);
    await expect(reply.getByTestId('answer')).toHaveText(splitLoopFixture.answer, {
      timeout: 180_000,
    });
    await expect(reply).toContainText('Thinking budget reached');
    await reply.getByRole('button', { name: /^Thought for/ }).click();
    await expect(reply.getByRole('region', { name: 'Thinking' })).toContainText(
      'Circling around 鷲 again...',
    );
  });
});

// The model's first choice is a lone byte that is not UTF-8 with what follows. Handed to
// llama.cpp's JSON encoder it broke wllama's worker; the engine must write valid text instead.
test.describe(() => {
  test.use({ loadedModel: FIXTURE_MODELS.strayByte });
  test('a byte that is not valid UTF-8 never reaches the answer, in the plain answer and the continuation', async ({
    page,
  }) => {
    // Thinking up to the budget takes 256 tokens on the CPU engine.
    test.setTimeout(240_000);
    await chooseMode(page, 'Quick');
    await sendMessage(page, 'quick one');
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(
      strayByteFixture.answer,
    );

    await setThinkingBudget(page, '256');
    await chooseMode(page, 'Think');
    await sendMessage(page, 'think it over');
    const reply = lastAssistantMessage(page);
    await expect(reply.getByTestId('answer')).toHaveText(strayByteFixture.answer, {
      timeout: 180_000,
    });
    await expect(reply).toContainText('Thinking budget reached');
  });
});
