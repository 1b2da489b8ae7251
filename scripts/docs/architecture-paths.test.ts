import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const doc = readFileSync(`${ROOT}docs/architecture.md`, 'utf8');

/**
 * Paths the page names in backticks (`store/chat-slice.ts`, `src/engine/`) or at the end of a
 * line of its data-flow picture (src/lib/frame-batcher.ts). Imports (`@/…`), placeholders
 * (`<name>`, `X`) and globs are not paths to check.
 */
function namedPaths(text: string): string[] {
  const quoted = [...text.matchAll(/`([^`\s]+)`/g)].map((m) => m[1] ?? '');
  const pictured = [...text.matchAll(/\s(src\/[\w./-]+)/g)].map((m) => m[1] ?? '');
  return [...new Set([...quoted, ...pictured])].filter(
    (p) => /^[\w.-]+\/[\w./-]*$/.test(p) && !/(^|\/)X$|\*|\.\.?\/?$/.test(p),
  );
}

const exists = (path: string) => existsSync(`${ROOT}${path}`) || existsSync(`${ROOT}src/${path}`);

describe('docs/architecture.md', () => {
  it('names only files and folders that exist (from the root or from src/)', () => {
    const paths = namedPaths(doc);
    expect(paths.length).toBeGreaterThan(40);
    expect(paths.filter((p) => !exists(p))).toEqual([]);
  });
});
