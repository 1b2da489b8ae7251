import { describe, expect, it } from 'vitest';
import { canHydrate, type ShellCheck } from './hydration';

const firstVisit: ShellCheck = {
  prerendered: true,
  shownLanguage: 'en',
  settingsBefore: '{"theme":"system"}',
  settingsAfter: '{"theme":"system"}',
};

describe('canHydrate', () => {
  it('hydrates a first visit in the shell’s language', () => {
    expect(canHydrate(firstVisit)).toBe(true);
  });

  it('renders afresh when settings were restored, the language differs or nothing was prerendered', () => {
    expect(canHydrate({ ...firstVisit, settingsAfter: '{"theme":"dark"}' })).toBe(false);
    expect(canHydrate({ ...firstVisit, shownLanguage: 'de' })).toBe(false);
    expect(canHydrate({ ...firstVisit, prerendered: false })).toBe(false);
  });
});
