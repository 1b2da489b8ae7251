// The thinking policy in the app, on the fixture models (wllama, CPU), alternating runs:
// 1. the settling fixture under Think, "Stop thinking once the answer is settled" on vs off:
//    thinking tokens and time from Enter to the finished answer;
// 2. probe overhead on the never-settling fixture: the thinking's decode rate (thinking tokens per
//    second of thinking, probes included) with probes ÷ without, both run to the same budget.
import { pathToFileURL } from 'node:url';
import type { Browser } from '@playwright/test';
import { settleFixture, waverFixture } from '../scripts/fixture-model/fixture-scripts';
import { chooseMode } from '../e2e/helpers';
import { addAndLoad, changeSettings } from './app-steps';
import { withBuiltApp } from './built-app';
import { machineQuiet } from './machine-quiet';
import { median } from './median';

/** The thinking budget of every run: the e2e tests' 1,024, so plain Think ends there. */
const BUDGET = '1024';

interface Fixture {
  fileName: string;
  answer: string;
}

export interface PolicyRun {
  thinkingTokens: number;
  /** The app's own thinking time (the panel's "Thought for"), probes included. */
  thinkingSeconds: number;
  /** From Enter until the answer is finished and Send is offered again. */
  answerSeconds: number;
  probes: number;
}

export interface ThinkingPolicyResult {
  budget: number;
  settle: { settled: PolicyRun[]; plain: PolicyRun[] };
  waver: { probing: PolicyRun[]; plain: PolicyRun[] };
  /** Medians, stop-when-settled ÷ plain Think on the settling fixture. */
  settleTokenRatio: number;
  settleTimeRatio: number;
  /** Median of the runs' thinking decode rates with probes ÷ without, on the never-settling fixture. */
  probeRateRatio: number;
}

/** The number in `pattern`'s group in `text` ("1,024" reads as 1024). */
function numberAfter(text: string, pattern: RegExp): number {
  const match = pattern.exec(text);
  return Number(match?.[1]?.replace(/,/g, '') ?? Number.NaN);
}

async function runOne(
  browser: Browser,
  baseURL: string,
  fixture: Fixture,
  stopWhenSettled: boolean,
): Promise<PolicyRun> {
  await machineQuiet();
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await addAndLoad(page, `${baseURL}/bench-models/${fixture.fileName}`, 'Fixture');
    await changeSettings(page, { budget: BUDGET, stopWhenSettled });
    await chooseMode(page, 'Think');
    await page.getByRole('textbox', { name: 'Message' }).fill('What is six times seven?');
    const started = performance.now();
    await page.getByRole('textbox', { name: 'Message' }).press('Enter');
    const reply = page.getByRole('article', { name: 'Assistant message' });
    await reply.getByTestId('answer').filter({ hasText: fixture.answer }).waitFor({
      timeout: 600_000,
    });
    await page.getByRole('button', { name: 'Send' }).waitFor({ timeout: 600_000 });
    const answerSeconds = (performance.now() - started) / 1000;
    const panel = (await reply.getByRole('button', { name: /^Thought for/ }).textContent()) ?? '';
    const probes = reply.locator('dt:text-is("Trial answers while thinking") + dd');
    const probeText = (await probes.count()) > 0 ? ((await probes.textContent()) ?? '') : '';
    return {
      thinkingTokens: numberAfter(panel, /· ([\d,]+) tokens/),
      thinkingSeconds: numberAfter(panel, /Thought for ([\d.,]+) s/),
      answerSeconds,
      probes: numberAfter(probeText, /^(\d+)/) || 0,
    };
  } finally {
    await context.close();
  }
}

const rate = (r: PolicyRun) => r.thinkingTokens / r.thinkingSeconds;

/** Needs the production build in dist-bench/prod (bench/first-paint-size.ts makes it). */
export function measureThinkingPolicy(runs = 3): Promise<ThinkingPolicyResult> {
  const port = Number(process.env.BENCH_POLICY_PORT ?? 4199);
  return withBuiltApp([settleFixture, waverFixture], port, async (browser, baseURL) => {
    const result: Pick<ThinkingPolicyResult, 'settle' | 'waver'> = {
      settle: { settled: [], plain: [] },
      waver: { probing: [], plain: [] },
    };
    for (let run = 0; run < runs; run += 1) {
      // Each pair runs side by side; which side goes first turns each run (the machine's speed
      // drifts over minutes, and the first run after another fixture is not like the others).
      const order = run % 2 === 0 ? [true, false] : [false, true];
      for (const on of order) {
        const list = on ? result.settle.settled : result.settle.plain;
        list.push(await runOne(browser, baseURL, settleFixture, on));
      }
      for (const on of order) {
        const list = on ? result.waver.probing : result.waver.plain;
        list.push(await runOne(browser, baseURL, waverFixture, on));
      }
    }
    const med = (list: PolicyRun[], of: (r: PolicyRun) => number) => median(list.map(of));
    const { settle, waver } = result;
    return {
      budget: Number(BUDGET),
      ...result,
      settleTokenRatio:
        med(settle.settled, (r) => r.thinkingTokens) / med(settle.plain, (r) => r.thinkingTokens),
      settleTimeRatio:
        med(settle.settled, (r) => r.answerSeconds) / med(settle.plain, (r) => r.answerSeconds),
      probeRateRatio: median(
        waver.probing.map((run, i) => rate(run) / rate(waver.plain[i] ?? run)),
      ),
    };
  });
}

/** The bench's table rows: medians, and every run. */
export function thinkingPolicyRows(r: ThinkingPolicyResult): string[][] {
  const med = (list: PolicyRun[], of: (run: PolicyRun) => number) => median(list.map(of));
  const runs = (list: PolicyRun[], of: (run: PolicyRun) => number, digits = 0) =>
    list.map((run) => of(run).toFixed(digits)).join(', ');
  const { settle, waver } = r;
  return [
    [
      `settle, thinking tokens: settled / plain Think (budget ${r.budget})`,
      `${med(settle.settled, (x) => x.thinkingTokens)} / ${med(settle.plain, (x) => x.thinkingTokens)} (ratio ${r.settleTokenRatio.toFixed(2)})`,
    ],
    [
      'settle, time to answer: settled / plain Think',
      `${med(settle.settled, (x) => x.answerSeconds).toFixed(1)} s / ${med(settle.plain, (x) => x.answerSeconds).toFixed(1)} s (ratio ${r.settleTimeRatio.toFixed(2)}; runs ${runs(settle.settled, (x) => x.answerSeconds, 1)} / ${runs(settle.plain, (x) => x.answerSeconds, 1)})`,
    ],
    [
      'waver, thinking tokens/s: with probes / without',
      `${med(waver.probing, rate).toFixed(1)} / ${med(waver.plain, rate).toFixed(1)} (ratio ${r.probeRateRatio.toFixed(3)}, median of the pairs', goal ≥ 0.95; runs ${runs(waver.probing, rate, 1)} / ${runs(waver.plain, rate, 1)})`,
    ],
    [
      'waver, probes per answer / thinking tokens',
      `${med(waver.probing, (x) => x.probes)} / ${med(waver.probing, (x) => x.thinkingTokens)}`,
    ],
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { formatTable } = await import('./format-table');
  const result = await measureThinkingPolicy(Number(process.env.BENCH_RUNS ?? 3));
  console.log(JSON.stringify(result, null, 2));
  console.log(formatTable(['measure', 'value'], thinkingPolicyRows(result)));
}
