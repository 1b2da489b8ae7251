import { describe, expect, it } from 'vitest';
import { CPU_DEFAULT_MODEL } from './catalog';
import { shownContextChoice } from './context-length';

describe('shownContextChoice', () => {
  it('shows the chosen length while nothing shorter is loaded', () => {
    expect(shownContextChoice(CPU_DEFAULT_MODEL, 8192, null)).toEqual({
      value: 8192,
      options: [4096, 8192, 16384, 32768],
    });
    expect(shownContextChoice(CPU_DEFAULT_MODEL, 8192, 8192).value).toBe(8192);
  });

  it('shows what a model trained for less reads, and no longer options', () => {
    expect(shownContextChoice(CPU_DEFAULT_MODEL, 8192, 4096)).toEqual({
      value: 4096,
      options: [4096],
    });
    expect(shownContextChoice(CPU_DEFAULT_MODEL, 8192, 1024)).toEqual({
      value: 1024,
      options: [1024],
    });
  });
});
