import type { Page } from '@playwright/test';
import { chatFixture, loopFixture } from '../scripts/fixture-model/fixture-scripts';
import { routePrompt } from '../src/domain/detector/route-prompt';
import { expect, FIXTURE_MODELS, test } from './fixtures';
import {
  chooseMode,
  lastAssistantMessage,
  sendMessage,
  setStopWhenSettled,
  setThinkingBudget,
} from './helpers';

async function lastEngineRequest(page: Page): Promise<unknown> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByText('Developer: last request to the engine').click();
  const json = await dialog.getByLabel('Last engine request').textContent();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return JSON.parse(json ?? 'null');
}

test.describe('with the chat fixture', () => {
  test.use({ loadedModel: FIXTURE_MODELS.chat });

  test('Think shows the thinking in its panel and the answer apart from it', async ({
    page,
    context,
  }) => {
    await chooseMode(page, 'Think');
    await sendMessage(page, 'hi');
    const reply = lastAssistantMessage(page);
    await expect(reply.getByTestId('answer')).toHaveText(chatFixture.answer);
    await expect(reply.getByTestId('mode-decision')).toHaveText('Think');
    const toggle = reply.getByRole('button', { name: /^Thought for \d+\.\d s · \d+ tokens$/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(reply.getByRole('region', { name: 'Thinking' })).toHaveText(chatFixture.thinking);
    await expect(reply.getByTestId('answer')).not.toContainText(chatFixture.thinking);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await reply.getByRole('button', { name: 'Copy thinking' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(chatFixture.thinking);
  });

  test('Quick answers with no thinking panel', async ({ page }) => {
    await chooseMode(page, 'Quick');
    await sendMessage(page, 'hi');
    const reply = lastAssistantMessage(page);
    await expect(reply.getByTestId('answer')).toHaveText(chatFixture.answer);
    await expect(reply.getByTestId('mode-decision')).toHaveText('Quick');
    await expect(reply.getByRole('button', { name: /Thought for/ })).toHaveCount(0);
  });

  test('Auto shows its decision and reason for each message', async ({ page }) => {
    await chooseMode(page, 'Auto');
    await sendMessage(page, 'Who wrote Faust?');
    await expect(lastAssistantMessage(page).getByTestId('mode-decision')).toHaveText(
      /^Auto · Quick: .+/,
    );
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
    await expect(
      lastAssistantMessage(page).getByRole('button', { name: /Thought for/ }),
    ).toHaveCount(0);
    await sendMessage(
      page,
      'A shirt costs $25 and is 20% off. How much do 3 shirts cost in total?',
    );
    await expect(lastAssistantMessage(page).getByTestId('mode-decision')).toHaveText(
      'Auto · Think: math word problem',
    );
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
    await expect(
      lastAssistantMessage(page).getByRole('button', { name: /Thought for/ }),
    ).toBeVisible();
    // Between the two, Auto is unsure: it drafts at once and refines only an unsure draft (the
    // chat fixture's draft is confident, so it is kept).
    const unsurePrompt = 'Is a whale a fish?';
    const { route, score } = routePrompt(unsurePrompt);
    expect(route).toBe('refine');
    await sendMessage(page, unsurePrompt);
    const unsure = lastAssistantMessage(page);
    await expect(unsure.getByTestId('mode-decision')).toHaveText(
      'Auto · Draft + refine: not sure this needs thinking; a quick draft, refined only if it is unsure',
    );
    await expect(unsure.getByText('Draft was confident, not refined')).toBeVisible();
    await expect(unsure.getByTestId('answer')).toHaveText(chatFixture.answer);
    await expect(unsure.getByRole('meter', { name: 'Auto’s decision' })).toHaveAttribute(
      'aria-valuenow',
      String(Math.round(score * 100)),
    );
  });

  test('/no_think and /think override the switch for one message', async ({ page }) => {
    await chooseMode(page, 'Think');
    await sendMessage(page, 'hi /no_think');
    await expect(
      page.getByRole('article', { name: 'Your message' }).last().getByTestId('user-text'),
    ).toHaveText('hi');
    await expect(lastAssistantMessage(page).getByTestId('mode-decision')).toHaveText(
      'Quick (chosen for this message)',
    );
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
    await expect(page.getByRole('radio', { name: 'Think' })).toBeChecked();
  });

  test('the mode is remembered across reloads', async ({ page }) => {
    await chooseMode(page, 'Quick');
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Quick' })).toBeChecked();
  });

  test('an answer can be re-run the other way with one click', async ({ page }) => {
    await chooseMode(page, 'Think');
    await sendMessage(page, 'hi');
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
    await lastAssistantMessage(page).getByRole('button', { name: 'Answer quickly' }).click();
    const reply = lastAssistantMessage(page);
    await expect(reply.getByTestId('mode-decision')).toHaveText('Quick (chosen for this message)');
    await expect(reply.getByTestId('answer')).toHaveText(chatFixture.answer);
    await expect(reply.getByRole('button', { name: /Thought for/ })).toHaveCount(0);
    await expect(page.getByRole('article', { name: 'Assistant message' })).toHaveCount(1);
  });

  test('a second turn goes to the engine without the first turn’s thinking', async ({ page }) => {
    await chooseMode(page, 'Think');
    await sendMessage(page, 'hi');
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
    await sendMessage(page, 'and again');
    await expect(page.getByRole('article', { name: 'Assistant message' })).toHaveCount(2);
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
    const request = await lastEngineRequest(page);
    expect(request).toMatchObject({
      kind: 'chat',
      thinking: true,
      sampling: { temperature: 0.6, topP: 0.95, topK: 20, minP: 0 },
      messages: [
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: chatFixture.answer },
        { role: 'user', content: 'and again' },
      ],
    });
    expect(JSON.stringify(request)).not.toContain(chatFixture.thinking);
  });
});

test.describe('with the looping fixture', () => {
  test.use({ loadedModel: FIXTURE_MODELS.loop });

  test('a thinking budget ends runaway thinking and the model answers', async ({ page }) => {
    await setThinkingBudget(page, '256');
    await setStopWhenSettled(page, false);
    await chooseMode(page, 'Think');
    await sendMessage(page, 'think forever');
    const reply = lastAssistantMessage(page);
    await expect(reply.getByTestId('answer')).toHaveText(loopFixture.answer, { timeout: 45_000 });
    await expect(reply).toContainText('Thinking budget reached');
    await expect(reply.getByRole('button', { name: /Thought for .* · 256 tokens/ })).toBeVisible();
    await reply.getByRole('button', { name: /Thought for/ }).click();
    await expect(reply.getByRole('region', { name: 'Thinking' })).toContainText(
      'Considering the limited time by the user, I have to give the solution based on the thinking directly now.',
    );
  });

  test('Stop during thinking keeps the partial thinking', async ({ page }) => {
    await chooseMode(page, 'Think');
    await sendMessage(page, 'think forever');
    const thinking = lastAssistantMessage(page).getByRole('region', { name: 'Thinking' });
    await expect(thinking).toContainText(
      'Still thinking in circles... Still thinking in circles...',
    );
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(lastAssistantMessage(page)).toContainText('Stopped');
    await expect(thinking).toContainText('Still thinking in circles...');
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText('');
  });
});
