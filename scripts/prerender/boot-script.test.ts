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
function boot(settings: object | null, systemDark = false) {
  const store = memoryStore();
  // The same key and format the app writes (zustand persist's JSON, src/store/index.ts).
  if (settings)
    writeSettingsCopy('mindswitch-settings', JSON.stringify({ state: settings }), store);
  const classes = new Set<string>();
  const style: Record<string, string> = {};
  const documentElement = {
    classList: {
      toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)),
    },
    style,
  };
  const matchMedia = () => ({ matches: systemDark });
  new Function('localStorage', 'document', 'matchMedia', BOOT_SCRIPT)(
    store,
    { documentElement },
    matchMedia,
  );
  return { dark: classes.has('dark'), colorScheme: style.colorScheme, fontSize: style.fontSize };
}

describe('the boot script', () => {
  it('follows the system theme on a first visit', () => {
    expect(boot(null, true)).toEqual({ dark: true, colorScheme: 'dark', fontSize: undefined });
    expect(boot(null, false)).toMatchObject({ dark: false, colorScheme: 'light' });
  });

  it('applies the saved theme and text size', () => {
    expect(boot({ theme: 'dark', textSize: 'large' })).toEqual({
      dark: true,
      colorScheme: 'dark',
      fontSize: '18px',
    });
    expect(boot({ theme: 'light' }, true)).toMatchObject({ dark: false, colorScheme: 'light' });
  });

  it('survives a damaged copy', () => {
    const store = memoryStore();
    store.setItem('mindswitch:settings:mindswitch-settings', '{not json');
    expect(() =>
      new Function('localStorage', 'document', 'matchMedia', BOOT_SCRIPT)(store, {}, () => null),
    ).not.toThrow();
  });
});
