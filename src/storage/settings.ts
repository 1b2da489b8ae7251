import type { StorageContext } from './context';

/** Anything with zod's `safeParse` shape, so a zod schema can check a stored value. */
export interface SettingsParser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/**
 * The stored value of a setting, or undefined when it is absent. With a parser, a value that no
 * longer fits (an older shape) also comes back undefined instead of as a wrongly typed value.
 */
export async function loadSettings<T>(
  ctx: StorageContext,
  key: string,
  parser?: SettingsParser<T>,
): Promise<T | undefined> {
  const record = await ctx.db.settings.get(key);
  if (!record) return undefined;
  if (!parser) return record.value as T;
  const parsed = parser.safeParse(record.value);
  return parsed.success ? parsed.data : undefined;
}

/** Stores any structured-cloneable value (plain objects, arrays, strings, numbers...). */
export async function saveSettings<T>(ctx: StorageContext, key: string, value: T): Promise<void> {
  await ctx.db.settings.put({ key, value });
}

export async function deleteSettings(ctx: StorageContext, key: string): Promise<void> {
  await ctx.db.settings.delete(key);
}
