import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/** The data-flow picture: the first fenced block after "## Data flow". */
function dataFlowPicture(text: string): string {
  const section = text.slice(text.indexOf('## Data flow'));
  return section.slice(
    section.indexOf('```') + 3,
    section.indexOf('```', section.indexOf('```') + 3),
  );
}

/** The functions the picture calls (`name(` or `name()`), each hop of the flow. */
function namedFunctions(picture: string): string[] {
  return [...new Set([...picture.matchAll(/\b([a-zA-Z_]\w*)\(/g)].map((m) => m[1] ?? ''))];
}

/** Every source file the picture's hops may live in: all of src/ (the hops cross every layer). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** A definition of `name`: a function, a method, or a property or constant holding a function. */
function defines(source: string, name: string): boolean {
  const definition = new RegExp(
    `function\\*?\\s+${name}\\b|\\b${name}\\s*[:=]\\s*(async\\s+)?(\\(|\\w+\\s*=>|function)|^\\s*(async\\s+)?\\*?${name}\\s*[(<]`,
    'm',
  );
  return definition.test(source);
}

describe('docs/architecture.md', () => {
  it('names only files and folders that exist (from the root or from src/)', () => {
    const paths = namedPaths(doc);
    expect(paths.length).toBeGreaterThan(40);
    expect(paths.filter((p) => !exists(p))).toEqual([]);
  });

  it('names, for each hop of the data flow, a function that exists in src/', () => {
    const names = namedFunctions(dataFlowPicture(doc));
    expect(names.length).toBeGreaterThan(15);
    const sources = sourceFiles(`${ROOT}src`).map((file) => readFileSync(file, 'utf8'));
    expect(names.filter((name) => !sources.some((source) => defines(source, name)))).toEqual([]);
  });
});
