import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectMode } from './detector';

/*
 * Reads the dev set of routing data set v2 that lies beside the checkout (CI has it too). A
 * missing file fails the suite: a skipped accuracy check would pass silently.
 */
const DEV_PATH = fileURLToPath(
  new URL('../../../../shared/data/routing/v2/dev.jsonl', import.meta.url),
);
if (!existsSync(DEV_PATH)) {
  throw new Error(
    `The routing dev set (v2) is missing at ${DEV_PATH}; the accuracy tests need it.`,
  );
}
const devText = readFileSync(DEV_PATH, 'utf8');

interface DevRow {
  prompt: string;
  label: 'think' | 'quick';
  source: string;
  lang: string;
}

function parseDev(text: string): DevRow[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DevRow);
}

const rows = parseDev(devText);

function accuracy(items: readonly { prompt: string; label: 'think' | 'quick' }[]): number {
  const correct = items.filter((item) => detectMode(item.prompt).mode === item.label).length;
  return correct / items.length;
}

/** Think sources that v2 added: reasoning without numbers, and more code. */
const NEW_REASONING_SOURCES = [
  'folio/train',
  'ar-lsat/train',
  'lsat-lr/val',
  'strategyqa/train',
  'proofwriter/depth-5-owa',
  'prontoqa/5hop-fictional',
  'humaneval',
  'humaneval-xl/python-de',
];

describe('dev set (v2)', () => {
  it('is the v2 file', () => {
    expect(rows.length).toBeGreaterThan(1500);
    for (const source of NEW_REASONING_SOURCES) {
      expect(rows.some((r) => r.source === source)).toBe(true);
    }
  });

  it('is classified with at least 97% accuracy', () => {
    expect(accuracy(rows)).toBeGreaterThanOrEqual(0.97);
  });

  it('reaches at least 95% on every new reasoning source', () => {
    for (const source of NEW_REASONING_SOURCES) {
      const share = accuracy(rows.filter((r) => r.source === source));
      expect({ source, ok: share >= 0.95 }).toEqual({ source, ok: true });
    }
  });

  it('reaches at least 95% on the German rows', () => {
    expect(accuracy(rows.filter((r) => r.lang === 'de'))).toBeGreaterThanOrEqual(0.95);
  });

  // Shortcut checks built from dev prompts: short word problems and short logic questions must
  // stay think, long runs of quick prompts must stay quick.
  it('keeps GSM8K questions think when cut down to one fact and the question', () => {
    const short = rows
      .filter((r) => r.source.startsWith('gsm8k'))
      .map((r) => {
        const sentences = r.prompt.match(/[^.!?]+[.!?]+/g) ?? [r.prompt];
        const question = sentences[sentences.length - 1] ?? r.prompt;
        const fact = sentences.find((s) => /\d/.test(s)) ?? '';
        return { prompt: `${fact.trim()} ${question.trim()}`.trim(), label: 'think' as const };
      });
    expect(accuracy(short)).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps rule-based logic think when cut down to three statements and the question', () => {
    const short = rows
      .filter((r) => /^(?:proofwriter|prontoqa|folio)/.test(r.source))
      .map((r) => {
        const at = r.prompt.lastIndexOf('\n\n');
        const statements = r.prompt.slice(0, at).match(/[^.\n]+\./g) ?? [];
        const question = r.prompt.slice(at + 2);
        return {
          prompt: `${statements.slice(-3).join(' ')}\n\n${question}`,
          label: 'think' as const,
        };
      });
    expect(accuracy(short)).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps quick prompts quick when several are run together into a long prompt', () => {
    const quick = rows.filter((r) => r.label === 'quick');
    const long = [];
    for (let i = 0; i + 4 <= quick.length; i += 4) {
      const prompt = quick
        .slice(i, i + 4)
        .map((r) => r.prompt)
        .join(' ');
      long.push({ prompt, label: 'quick' as const });
    }
    expect(accuracy(long)).toBeGreaterThanOrEqual(0.9);
  });
});
