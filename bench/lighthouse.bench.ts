// Lighthouse (mobile: its default emulated phone, simulated slow 4G and 4× CPU slowdown) on the
// production build served by `vite preview` with the app's own headers (CSP, isolation), the way
// a first visit sees the page. Scores and metrics per run, and their medians.
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { formatTable } from './format-table';
import { median } from './median';

const OUT_DIR = 'dist-bench/prod';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  cumulativeLayoutShift: number;
  totalBlockingTimeMs: number;
  /** Audits of the three categories that did not pass, for the report. */
  failedAudits: string[];
  /** The element Lighthouse took for the largest paint. */
  largestPaintElement: string;
}

interface TargetResult {
  /** Which build: this one, or the baseline named by BENCH_LIGHTHOUSE_BASELINE. */
  label: string;
  runs: LighthouseRun[];
  median: Omit<LighthouseRun, 'failedAudits' | 'largestPaintElement'>;
}

export interface LighthouseResult {
  lighthouseVersion: string;
  targets: TargetResult[];
}

interface Target {
  label: string;
  outDir: string;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function serve(outDir: string) {
  const port = await freePort();
  const server = await preview({
    configFile: resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: resolve(outDir) },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, server };
}

/**
 * One Lighthouse run (a first visit: Lighthouse clears the origin's storage and cache before it).
 * A run whose trace Lighthouse failed to record (NO_NAVSTART and the like, its own hiccup; it
 * asks to be run again) is run again, twice at most.
 */
async function audit(url: string, port: number) {
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      maxWaitForLoad: 60_000,
    });
    if (!result) throw new Error('Lighthouse returned no result.');
    const { lhr } = result;
    if (!lhr.runtimeError) return lhr;
    if (attempt === 3) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    console.warn(`Lighthouse (${lhr.runtimeError.code}), run again: ${lhr.runtimeError.message}`);
  }
}

/**
 * Needs the production build in dist-bench/prod (bench/first-paint-size.ts makes it). With
 * BENCH_LIGHTHOUSE_BASELINE=<a built dist folder>, runs alternate between it and this build.
 */
export async function measureLighthouse(
  runs = 3,
  baselineDir = process.env.BENCH_LIGHTHOUSE_BASELINE,
): Promise<LighthouseResult> {
  const targets: Target[] = [
    ...(baselineDir ? [{ label: `baseline (${baselineDir})`, outDir: baselineDir }] : []),
    { label: 'this build', outDir: OUT_DIR },
  ];
  const servers = await Promise.all(targets.map((t) => serve(t.outDir)));
  const debuggingPort = await freePort();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      `--remote-debugging-port=${debuggingPort}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const results: LighthouseRun[][] = targets.map(() => []);
  let lighthouseVersion = '';
  try {
    for (let round = 0; round < runs * targets.length; round += 1) {
      const index = round % targets.length;
      const url = servers[index]?.url ?? '';
      const lhr = await audit(url, debuggingPort);
      lighthouseVersion = lhr.lighthouseVersion;
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const score = (id: (typeof CATEGORIES)[number]) => lhr.categories[id]?.score ?? Number.NaN;
      const failedAudits = CATEGORIES.flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 0.9)
          .map((audit) => `${audit?.id} (${audit?.displayValue ?? audit?.score})`),
      );
      results[index]?.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        firstContentfulPaintMs: metric('first-contentful-paint'),
        largestContentfulPaintMs: metric('largest-contentful-paint'),
        cumulativeLayoutShift: metric('cumulative-layout-shift'),
        totalBlockingTimeMs: metric('total-blocking-time'),
        failedAudits,
        largestPaintElement:
          JSON.stringify(lhr.audits['largest-contentful-paint-element']?.details ?? null).match(
            /"snippet":"((?:[^"\\]|\\.)*)"/,
          )?.[1] ?? 'unknown',
      });
    }
  } finally {
    await browser.close();
    await Promise.all(
      servers.map(
        ({ server }) => new Promise<void>((done) => server.httpServer.close(() => done())),
      ),
    );
  }
  return {
    lighthouseVersion,
    targets: targets.map((target, index) => summarise(target.label, results[index] ?? [])),
  };
}

function summarise(label: string, runs: LighthouseRun[]): TargetResult {
  const of = (key: keyof Omit<LighthouseRun, 'failedAudits' | 'largestPaintElement'>) =>
    median(runs.map((r) => r[key]));
  return {
    label,
    runs,
    median: {
      performance: of('performance'),
      accessibility: of('accessibility'),
      bestPractices: of('bestPractices'),
      firstContentfulPaintMs: of('firstContentfulPaintMs'),
      largestContentfulPaintMs: of('largestContentfulPaintMs'),
      cumulativeLayoutShift: of('cumulativeLayoutShift'),
      totalBlockingTimeMs: of('totalBlockingTimeMs'),
    },
  };
}

/** One row per build: the medians, and each run's performance score. */
export function lighthouseTable(result: LighthouseResult): string[][] {
  return result.targets.map(({ label, runs, median: m }) => [
    label,
    `${m.performance.toFixed(2)} (${runs.map((r) => r.performance.toFixed(2)).join(', ')})`,
    `${(m.firstContentfulPaintMs / 1000).toFixed(2)} s`,
    `${(m.largestContentfulPaintMs / 1000).toFixed(2)} s`,
    m.cumulativeLayoutShift.toFixed(3),
    `${m.totalBlockingTimeMs.toFixed(0)} ms`,
    m.accessibility.toFixed(2),
    m.bestPractices.toFixed(2),
  ]);
}

export const LIGHTHOUSE_COLUMNS = [
  'build',
  'performance (runs)',
  'FCP',
  'LCP',
  'CLS',
  'TBT',
  'accessibility',
  'best practices',
];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await measureLighthouse(Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
  console.log(formatTable(LIGHTHOUSE_COLUMNS, lighthouseTable(result)));
  for (const target of result.targets) {
    const failed = [...new Set(target.runs.flatMap((r) => r.failedAudits))];
    console.log(`${target.label}: audits below 0.9: ${failed.join(', ') || 'none'}`);
    console.log(`  largest paint: ${target.runs.map((r) => r.largestPaintElement).join(' | ')}`);
  }
}
