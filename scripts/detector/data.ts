import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Label = 'think' | 'quick';

export interface PromptRow {
  id: string;
  prompt: string;
  label?: Label;
  source?: string;
  lang?: string;
}

export interface LabeledRow extends PromptRow {
  label: Label;
  source: string;
}

/** Routing data set v2, found relative to this file (repo/scripts/detector → ../shared/data). */
export const ROUTING_DATA_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../shared/data/routing/v2',
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseRow(line: string, where: string): PromptRow {
  const value: unknown = JSON.parse(line);
  if (!isRecord(value) || typeof value.prompt !== 'string') {
    throw new Error(`${where}: expected an object with a string "prompt"`);
  }
  const id =
    typeof value.id === 'string' || typeof value.id === 'number' ? String(value.id) : where;
  const row: PromptRow = { id, prompt: value.prompt };
  if (value.label === 'think' || value.label === 'quick') row.label = value.label;
  if (typeof value.source === 'string') row.source = value.source;
  if (typeof value.lang === 'string') row.lang = value.lang;
  return row;
}

export function parseJsonl(text: string, name: string): PromptRow[] {
  const rows: PromptRow[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() !== '') rows.push(parseRow(line, `${name}:${i + 1}`));
  });
  return rows;
}

export function readJsonl(path: string): PromptRow[] {
  return parseJsonl(readFileSync(path, 'utf8'), path);
}

export function readLabeled(path: string): LabeledRow[] {
  return readJsonl(path).map((row) => {
    if (row.label === undefined) throw new Error(`${path}: row ${row.id} has no label`);
    return { ...row, label: row.label, source: row.source ?? 'unknown' };
  });
}

/** Length buckets (characters) for the shortcut checks. */
const LENGTH_BUCKETS: readonly [number, string][] = [
  [60, '<60'],
  [150, '60–149'],
  [300, '150–299'],
  [600, '300–599'],
  [1200, '600–1199'],
];

export function lengthBucket(prompt: string): string {
  for (const [limit, name] of LENGTH_BUCKETS) if (prompt.length < limit) return name;
  return '≥1200';
}

/** The languages the detector is built for (English, German and issue 22's seven). */
export const DETECTOR_LANGUAGES: readonly string[] = [
  'en',
  'de',
  'es',
  'fr',
  'it',
  'pt',
  'ru',
  'zh',
  'ja',
];

/** A row's language, or "other" for languages outside DETECTOR_LANGUAGES (and unknown ones). */
export function languageOf(row: { lang?: string }): string {
  return row.lang !== undefined && DETECTOR_LANGUAGES.includes(row.lang) ? row.lang : 'other';
}
