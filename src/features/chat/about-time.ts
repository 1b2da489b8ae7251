import { aboutDuration } from '@/lib/about-duration';
import type { TFunction } from '@/lib/i18n/translate';

/**
 * An estimated duration as the reader says it ("40 s", "4 min"), for "about …" texts; the number
 * and its unit never break apart on a narrow screen.
 */
export function aboutTime(t: TFunction, seconds: number): string {
  const { unit, value } = aboutDuration(seconds);
  return t(unit === 'seconds' ? 'thinkingTime.seconds' : 'units.minutes', { value }).replace(
    / /g,
    '\u00a0',
  );
}
