import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { freshStorage, type TestStorage } from './test-fixtures';

let t: TestStorage;
beforeEach(() => {
  t = freshStorage();
});
afterEach(async () => {
  await t.dispose();
});

describe('settings', () => {
  it('saves, loads, overwrites and deletes values', async () => {
    const { storage } = t;
    expect(await storage.loadSettings('sampling')).toBeUndefined();
    await storage.saveSettings('sampling', { temperature: 0.6, topP: 0.95 });
    await storage.saveSettings('theme', 'dark');
    expect(await storage.loadSettings('sampling')).toEqual({ temperature: 0.6, topP: 0.95 });
    await storage.saveSettings('theme', 'light');
    expect(await storage.loadSettings('theme')).toBe('light');
    await storage.deleteSettings('theme');
    expect(await storage.loadSettings('theme')).toBeUndefined();
  });

  it('survives a reload', async () => {
    await t.storage.saveSettings('systemPrompt', 'Be brief.');
    expect(await t.reopen().loadSettings('systemPrompt')).toBe('Be brief.');
  });

  it('with a schema, returns undefined for a value that no longer fits', async () => {
    const { storage } = t;
    const schema = z.object({ temperature: z.number() });
    await storage.saveSettings('sampling', { temperature: 'hot' });
    expect(await storage.loadSettings('sampling', schema)).toBeUndefined();
    await storage.saveSettings('sampling', { temperature: 0.7 });
    expect(await storage.loadSettings('sampling', schema)).toEqual({ temperature: 0.7 });
  });
});
