import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './db';
import { createStorage } from './storage';

const name = `mindswitch-speeds-${crypto.randomUUID()}`;
const key = 'webllm|Qwen3-0.6B';
const at = (decodeTokensPerSecond: number) => ({
  decodeTokens: 100,
  decodeTokensPerSecond,
  prefillTokensPerSecond: null,
});

afterEach(async () => {
  await Dexie.delete(name);
});

describe('measured speeds', () => {
  it('folds every answer into the stored estimate, per model and backend', async () => {
    let clock = 0;
    const storage = createStorage({ name, now: () => ++clock });
    await storage.recordSpeed(key, at(40));
    const second = await storage.recordSpeed(key, at(20));
    expect(second).toMatchObject({ decodeTokensPerSecond: 30, samples: 2, updatedAt: 2 });
    expect(await storage.loadSpeed(key)).toEqual(second);
    expect(await storage.loadSpeed('wllama-cpu|Qwen3-0.6B')).toBeNull();
    storage.close();
  });

  it('two answers recorded at once both count', async () => {
    const storage = createStorage({ name });
    await Promise.all([storage.recordSpeed(key, at(10)), storage.recordSpeed(key, at(10))]);
    expect((await storage.loadSpeed(key))?.samples).toBe(2);
    storage.close();
  });

  it('treats a damaged record as no measurement rather than a wrong speed', async () => {
    const db = openDatabase(name);
    await db.speeds.put({ key, estimate: { decodeTokensPerSecond: -1 } as never });
    db.close();
    const storage = createStorage({ name });
    expect(await storage.loadSpeed(key)).toBeNull();
    await storage.recordSpeed(key, at(5));
    expect(await storage.loadSpeed(key)).toMatchObject({ decodeTokensPerSecond: 5, samples: 1 });
    storage.close();
  });
});
