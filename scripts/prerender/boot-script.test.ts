import { describe, expect, it } from 'vitest';
import { writeSettingsCopy, type SyncKeyValue } from '../../src/storage/unload-journal';
import { BOOT_SCRIPT } from './boot-script';

function memoryStore(): SyncKeyValue {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

/** Runs the boot script against a fake document; returns what it set on <html>. */
function boot(settings: object | null, systemDark = false, navigator: object = {}) {
  const store = memoryStore();
  // The same key and format the app writes (zustand persist's JSON, src/store/index.ts).
  if (settings)
    writeSettingsCopy('mindswitch-settings', JSON.stringify({ state: settings }), store);
  const classes = new Set<string>();
  const style: Record<string, string> = {};
  const attributes: Record<string, string> = {};
  const documentElement = {
    classList: {
      toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)),
    },
    style,
    setAttribute: (name: string, value: string) => (attributes[name] = value),
  };
  const matchMedia = () => ({ matches: systemDark });
  new Function('localStorage', 'document', 'matchMedia', 'navigator', BOOT_SCRIPT)(
    store,
    { documentElement },
    matchMedia,
    navigator,
  );
  return {
    dark: classes.has('dark'),
    colorScheme: style.colorScheme,
    fontSize: style.fontSize,
    webGpu: () => attributes['data-webgpu'],
  };
}

/** A navigator whose WebGPU answers `adapter` (a rejected promise for an Error). */
const withGpu = (adapter: object | null | Error) => ({
  gpu: {
    requestAdapter: () =>
      adapter instanceof Error ? Promise.reject(adapter) : Promise.resolve(adapter),
  },
});

describe('the boot script', () => {
  it('follows the system theme on a first visit', () => {
    expect(boot(null, true)).toMatchObject({
      dark: true,
      colorScheme: 'dark',
      fontSize: undefined,
    });
    expect(boot(null, false)).toMatchObject({ dark: false, colorScheme: 'light' });
  });

  it('applies the saved theme and text size', () => {
    expect(boot({ theme: 'dark', textSize: 'large' })).toMatchObject({
      dark: true,
      colorScheme: 'dark',
      fontSize: '18px',
    });
    expect(boot({ theme: 'light' }, true)).toMatchObject({ dark: false, colorScheme: 'light' });
  });

  it('marks <html> when the browser has no WebGPU adapter, so the shell can say so at once', async () => {
    expect(boot(null, false, {}).webGpu()).toBe('none');
    for (const [answer, marked] of [
      [null, 'none'],
      [new Error('blocked'), 'none'],
      [{ features: new Set() }, undefined],
    ] as const) {
      const { webGpu } = boot(null, false, withGpu(answer));
      await new Promise((done) => setTimeout(done, 0));
      expect(webGpu()).toBe(marked);
    }
  });

  it('survives a damaged copy', () => {
    const store = memoryStore();
    store.setItem('mindswitch:settings:mindswitch-settings', '{not json');
    expect(() =>
      new Function('localStorage', 'document', 'matchMedia', 'navigator', BOOT_SCRIPT)(
        store,
        {},
        () => null,
        {},
      ),
    ).not.toThrow();
  });
});
