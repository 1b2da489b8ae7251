/**
 * Whether refinement confirmed or changed the draft, decided by comparing the texts, never by
 * what the model says about them: the final numbers for answers that end in numbers, otherwise
 * the normalised words.
 */
export type RefineOutcome = 'confirmed' | 'changed';

/** Word overlap above which two answers say the same in other words. */
const SAME_WORDS = 0.7;

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[*_`#>~|\\[\](){}]/g, ' ')
    .replace(/[.,;:!?"'“”„‘’«»-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A number as written in English (1,234.5) or German (1.234,5) notation. */
function parseNumber(raw: string): number {
  const lastDot = raw.lastIndexOf('.');
  const lastComma = raw.lastIndexOf(',');
  let text = raw;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    text = raw.split(group).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    // "3,5" is German for 3.5; "1,234" groups thousands.
    text =
      /,\d{3}$/.test(raw) && !/,\d{3},\d{1,2}$/.test(raw)
        ? raw.replace(/,/g, '')
        : raw.replace(',', '.');
  }
  return Number(text);
}

export function finalNumber(text: string): number | null {
  const matches = text.match(/-?\d+(?:[.,]\d+)*/g);
  const last = matches?.at(-1);
  if (last === undefined) return null;
  const value = parseNumber(last);
  return Number.isFinite(value) ? value : null;
}

function wordOverlap(a: string, b: string): number {
  const left = new Set(a.split(' ').filter(Boolean));
  const right = new Set(b.split(' ').filter(Boolean));
  if (left.size === 0 && right.size === 0) return 1;
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / (left.size + right.size - shared);
}

export function compareDraftAndFinal(draft: string, final: string): RefineOutcome {
  const draftNumber = finalNumber(draft);
  const finalNumberValue = finalNumber(final);
  if (draftNumber !== null && finalNumberValue !== null) {
    return Math.abs(draftNumber - finalNumberValue) < 1e-9 ? 'confirmed' : 'changed';
  }
  const a = normalise(draft);
  const b = normalise(final);
  if (a === b) return 'confirmed';
  return wordOverlap(a, b) >= SAME_WORDS ? 'confirmed' : 'changed';
}
