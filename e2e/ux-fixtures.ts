import { type Page } from '@playwright/test';

export const LONG_RUN = 'x'.repeat(600);
export const LONG_URL = `https://example.org/${'very-long-path-segment/'.repeat(20)}end`;

const assistant = {
  id: 'ux-a1',
  role: 'assistant',
  content: [
    `A link: ${LONG_URL}`,
    '',
    `An unbroken run: ${LONG_RUN}`,
    '',
    `Inline code: \`${'y'.repeat(300)}\``,
    '',
    '```js',
    `const line = '${'z'.repeat(600)}';`,
    '```',
    '',
    '| key | value |',
    '| --- | ----- |',
    `| long | ${'w'.repeat(300)} |`,
  ].join('\n'),
  thinking: `Thinking about ${'t'.repeat(600)}`,
  thinkingDone: true,
  status: 'done',
  mode: 'think',
  modeChoice: 'think',
  autoReason: null,
  budgetReached: false,
  error: null,
  modelId: 'Qwen3-0.6B-Q8_0-GGUF',
  createdAt: 1_735_732_801_000,
  firstTokenAt: 1_735_732_801_200,
  thinkingStartedAt: 1_735_732_801_200,
  thinkingEndedAt: 1_735_732_802_200,
  finishedAt: 1_735_732_803_200,
  thinkingTokens: 100,
  completionTokens: 300,
  promptTokens: 20,
};

/** One conversation whose every part holds something that could push the page sideways. */
export const longStringsExport = JSON.stringify({
  format: 'mindswitch.conversations',
  version: 1,
  exportedAt: '2025-01-01T12:00:00.000Z',
  conversations: [
    {
      id: 'ux-long-strings',
      title: 'Long strings',
      createdAt: 1_735_732_800_000,
      updatedAt: 1_735_732_803_200,
      messages: [
        { id: 'ux-u1', role: 'user', content: LONG_RUN, createdAt: 1_735_732_800_000 },
        assistant,
      ],
    },
  ],
});

export async function importConversations(page: Page, json: string) {
  await page.getByLabel('Import conversations').setInputFiles({
    name: 'conversations.json',
    mimeType: 'application/json',
    buffer: Buffer.from(json),
  });
}

/** Set UX_SCREENSHOTS to a folder to keep screenshots of what these tests look at. */
export async function screenshot(page: Page, name: string) {
  const folder = process.env.UX_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png` });
}

/** How far the page, the message list and its scrolling box reach past their width (px). */
export async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const log = document.querySelector('[role="log"]');
    const scroller = log?.closest('.overflow-y-auto');
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      list: log ? log.scrollWidth - log.clientWidth : 0,
      scroller: scroller ? scroller.scrollWidth - scroller.clientWidth : 0,
    };
  });
}
