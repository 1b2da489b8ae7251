// What reading the app from outside costs it: the loop fixture thinking in the app, its rate
// between the engine-overhead window's ends always read by the in-page MutationObserver; the
// conditions differ only in what a harness does from outside every 50 ms meanwhile: nothing, a
// trivial evaluate (a CDP round trip), or the polling reader's read of the thinking panel's text.
// Alternating, the order turning each round. Needs dist-bench/prod with bench-models/loop.gguf
// (`npm run bench`, or bench/first-paint-size.ts and then bench/engine-overhead.bench.ts).
import { resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { askInThink, observedMarks, POLL_MS, windowRate } from './app-thinking';
import { serveIsolated } from './built-app';
import { formatTable } from './format-table';
import { machineQuiet } from './machine-quiet';
import { median } from './median';

const POLLS = ['none', 'trivial', 'text'] as const;
type Poll = (typeof POLLS)[number];

async function rateWhilePolled(browser: Browser, baseURL: string, poll: Poll): Promise<number> {
  const { context, page, thinking } = await askInThink(
    browser,
    baseURL,
    `${baseURL}/bench-models/loop.gguf`,
  );
  try {
    const panel = await thinking.elementHandle();
    if (!panel) throw new Error('The thinking panel is gone.');
    let polling = poll !== 'none';
    const poller = (async () => {
      while (polling) {
        if (poll === 'trivial') await page.evaluate(() => performance.now());
        else await panel.evaluate((node) => node.textContent?.length ?? 0);
        await new Promise((done) => setTimeout(done, POLL_MS));
      }
    })();
    let marks: Awaited<ReturnType<typeof observedMarks>>;
    try {
      marks = await observedMarks(thinking);
    } finally {
      polling = false;
      await poller;
    }
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    return windowRate(marks);
  } finally {
    await context.close();
  }
}

const rounds = Number(process.env.BENCH_RUNS ?? 4);
const server = await serveIsolated(
  resolve('dist-bench/prod'),
  Number(process.env.BENCH_PORT ?? 4191),
);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking'],
});
const rates: Record<Poll, number[]> = { none: [], trivial: [], text: [] };
try {
  for (let round = 0; round < rounds; round += 1) {
    for (let i = 0; i < POLLS.length; i += 1) {
      const poll = POLLS[(round + i) % POLLS.length] ?? 'none';
      await machineQuiet();
      rates[poll].push(await rateWhilePolled(browser, server.baseURL, poll));
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const list = (values: number[], digits: number) => values.map((v) => v.toFixed(digits)).join(', ');
console.log(
  formatTable(
    ['read from outside every 50 ms', 'chars/s (rounds)', 'per round ÷ none', 'median'],
    POLLS.map((poll) => {
      const ratios = rates[poll].map((rate, i) => rate / (rates.none[i] ?? rate));
      return [
        poll,
        `${median(rates[poll]).toFixed(0)} (${list(rates[poll], 0)})`,
        list(ratios, 2),
        median(ratios).toFixed(3),
      ];
    }),
  ),
);
