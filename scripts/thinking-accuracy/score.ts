/**
 * The last number in an answer, as the answer's final result (commas between thousands and a
 * trailing unit ignored); null when it has none.
 */
export function finalNumber(answer: string): number | null {
  const numbers = answer.replace(/(\d),(\d{3})\b/g, '$1$2').match(/-?\d+(?:\.\d+)?/g);
  const last = numbers?.at(-1);
  return last === undefined ? null : Number(last);
}

export function isCorrect(answer: string, expected: number): boolean {
  const found = finalNumber(answer);
  return found !== null && Math.abs(found - expected) < 1e-6;
}
