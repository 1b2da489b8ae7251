// Draft + refine against Think, on the fixture that thinks until the context makes it stop: time
// to the first useful text (the draft's first token vs Think's first answer token) and the total
// time until the answer is finished, as ratios from runs that alternate the two modes.
// And Draft + refine on a confident draft (the sure-draft fixture): time to the final answer when
// the confident draft is kept (the default) vs always refined (the setting off), alternating.
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext } from '@playwright/test';
import { sureDraftFixture, thinkerFixture } from '../scripts/fixture-model/fixture-scripts';
import { withBuiltApp } from './built-app';
import { median } from './median';
import { chooseMode } from '../e2e/helpers';
import { addAndLoad, changeSettings } from './app-steps';

const REFINE_PORT = Number(process.env.BENCH_REFINE_PORT ?? 4198);

export interface ModeTiming {
  /** ms from Enter to the first useful text: Think's answer, or the draft. */
  firstTextMs: number;
  /** ms from Enter until the answer is finished (Send is offered again). */
  totalMs: number;
}

export interface DraftRefineResult {
  think: ModeTiming[];
  refine: ModeTiming[];
  /** Draft + refine / Think, medians. */
  firstTextRatio: number;
  totalRatio: number;
}

// Plain JavaScript in the page: watches for the first text of `selector` after Enter.
const WATCH = `window.__benchFirstText = (selector) => new Promise((done) => {
  const started = performance.now();
  const check = () => {
    const el = document.querySelector(selector);
    if (el && el.textContent && el.textContent.trim() !== '') {
      observer.disconnect();
      done(performance.now() - started);
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
});`;

declare global {
  interface Window {
    __benchFirstText?: (selector: string) => Promise<number>;
  }
}

/** A new page with the app open and the fixture model at `modelUrl` loaded as `name`. */
async function openWithModel(context: BrowserContext, modelUrl: string, name: string) {
  const page = await context.newPage();
  await page.goto('/');
  await addAndLoad(page, modelUrl, name);
  return page;
}

async function timeOne(
  browser: Browser,
  baseURL: string,
  modelUrl: string,
  mode: 'Think' | 'Draft + refine',
): Promise<ModeTiming> {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', locale: 'en-US' });
  await context.addInitScript({ content: WATCH });
  try {
    const page = await openWithModel(context, modelUrl, 'Fixture thinker');
    await chooseMode(page, mode);
    const selector =
      mode === 'Think'
        ? 'article[aria-label="Assistant message"] [data-testid="answer"]'
        : 'article[aria-label="Assistant message"] section[aria-label="Draft"] div';
    await page.getByRole('textbox', { name: 'Message' }).fill('Think about it for a while.');
    const started = Date.now();
    const firstText = page.evaluate((s) => window.__benchFirstText?.(s) ?? Number.NaN, selector);
    await page.getByRole('textbox', { name: 'Message' }).press('Enter');
    const firstTextMs = await firstText;
    await page
      .getByRole('article', { name: 'Assistant message' })
      .getByTestId('answer')
      .filter({ hasText: thinkerFixture.answer })
      .waitFor({ timeout: 300_000 });
    await page.getByRole('button', { name: 'Send' }).waitFor({ timeout: 300_000 });
    return { firstTextMs, totalMs: Date.now() - started };
  } finally {
    await context.close();
  }
}

export function measureDraftRefine(runs = 3): Promise<DraftRefineResult> {
  return withBuiltApp([thinkerFixture], REFINE_PORT, async (browser, baseURL, modelUrl) => {
    const think: ModeTiming[] = [];
    const refine: ModeTiming[] = [];
    for (let run = 0; run < runs; run += 1) {
      think.push(await timeOne(browser, baseURL, modelUrl(thinkerFixture), 'Think'));
      refine.push(await timeOne(browser, baseURL, modelUrl(thinkerFixture), 'Draft + refine'));
    }
    const med = (list: ModeTiming[], key: keyof ModeTiming) => median(list.map((t) => t[key]));
    return {
      think,
      refine,
      firstTextRatio: med(refine, 'firstTextMs') / med(think, 'firstTextMs'),
      totalRatio: med(refine, 'totalMs') / med(think, 'totalMs'),
    };
  });
}

interface RuleTiming {
  /** ms from Enter until the draft is done (kept, or refining begins). */
  draftMs: number;
  /** ms from Enter to the final answer (Send offered again). */
  totalMs: number;
}

export interface DraftRuleResult {
  skip: RuleTiming[];
  always: RuleTiming[];
  /** Medians of the time to the final answer, and keeping ÷ always refining. */
  skipMs: number;
  alwaysMs: number;
  ratio: number;
  /** Median time of the refinement itself (always: final answer − draft done): what keeping saves. */
  refineMs: number;
  /** Median draft time with log-probabilities (kept) ÷ without (always): what scoring costs. */
  draftRatio: number;
}

/** Time to the final answer on the confident-draft fixture, its draft kept or always refined. */
async function timeDraftRule(
  browser: Browser,
  baseURL: string,
  modelUrl: string,
  rule: 'skip' | 'always',
): Promise<RuleTiming> {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block', locale: 'en-US' });
  try {
    const page = await openWithModel(context, modelUrl, 'Fixture sure draft');
    if (rule === 'always') await changeSettings(page, { stopWhenSettled: false });
    await chooseMode(page, 'Draft + refine');
    await page.getByRole('textbox', { name: 'Message' }).fill('What is the capital of Germany?');
    const started = Date.now();
    await page.getByRole('textbox', { name: 'Message' }).press('Enter');
    const reply = page.getByRole('article', { name: 'Assistant message' });
    // The draft is done once it is kept (its note) or refining begins (the draft folds away).
    const draftDone = reply.getByText(/^(Draft was confident, not refined|Show the draft)$/);
    await draftDone.first().waitFor({ timeout: 300_000 });
    const draftMs = Date.now() - started;
    // Each rule's own ending, so a run that took the other path cannot pass for this one.
    const ending = rule === 'skip' ? 'Draft was confident, not refined' : /^Refined: /;
    await reply.getByText(ending).waitFor({ timeout: 300_000 });
    await page.getByRole('button', { name: 'Send' }).waitFor({ timeout: 300_000 });
    const totalMs = Date.now() - started;
    await reply.getByTestId('answer').filter({ hasText: sureDraftFixture.answer }).waitFor();
    return { draftMs, totalMs };
  } finally {
    await context.close();
  }
}

export function measureDraftConfidence(runs = 3): Promise<DraftRuleResult> {
  return withBuiltApp([sureDraftFixture], REFINE_PORT, async (browser, baseURL, modelUrl) => {
    const skip: RuleTiming[] = [];
    const always: RuleTiming[] = [];
    const url = modelUrl(sureDraftFixture);
    for (let run = 0; run < runs; run += 1) {
      skip.push(await timeDraftRule(browser, baseURL, url, 'skip'));
      always.push(await timeDraftRule(browser, baseURL, url, 'always'));
    }
    const skipMs = median(skip.map((t) => t.totalMs));
    const alwaysMs = median(always.map((t) => t.totalMs));
    const draftMs = (list: RuleTiming[]) => median(list.map((t) => t.draftMs));
    return {
      skip,
      always,
      skipMs,
      alwaysMs,
      ratio: skipMs / alwaysMs,
      refineMs: median(always.map((t) => t.totalMs - t.draftMs)),
      draftRatio: draftMs(skip) / draftMs(always),
    };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  // BENCH_DRAFT=confidence: only the confident-draft comparison.
  const result =
    process.env.BENCH_DRAFT === 'confidence'
      ? await measureDraftConfidence(runs)
      : { ...(await measureDraftRefine(runs)), confidence: await measureDraftConfidence(runs) };
  console.log(JSON.stringify(result, null, 2));
}
