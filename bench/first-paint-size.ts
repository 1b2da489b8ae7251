// Gzipped size of the JavaScript a normal production build needs for its first paint, and proof that
// the inference libraries (and the bench-only synthetic engine) are not part of it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SYNTHETIC_GGUF_URL } from '../src/engine/synthetic/bench-protocol';
import { buildApp, type BundledModule } from './build-app';
import { formatTable } from './format-table';

const OUT_DIR = 'dist-bench/prod';

/** Libraries that must load lazily, recognised by the modules bundled into a chunk. */
const LAZY_LIBRARIES: Record<string, RegExp> = {
  '@mlc-ai/web-llm': /node_modules\/@mlc-ai\/web-llm\//,
  '@wllama/wllama': /node_modules\/@wllama\/wllama\//,
  'react-markdown': /node_modules\/react-markdown\//,
  katex: /node_modules\/katex\//,
  'highlight.js': /node_modules\/highlight\.js\//,
  'synthetic engine': /src\/engine\/synthetic\//,
};
const MUST_NOT_PAINT_FIRST = ['@mlc-ai/web-llm', '@wllama/wllama', 'synthetic engine'];
/**
 * Lazy chunks that main.tsx awaits before the first render: the texts of the shown language. Either
 * may be the one shown, so the larger of them counts.
 */
const AWAITED_BEFORE_RENDER = [['src/app/i18n/en.ts', 'src/app/i18n/de.ts']];

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Which of LAZY_LIBRARIES the chunk contains. */
  libraries: string[];
}

export interface FirstPaintResult {
  firstPaint: {
    js: ChunkSize[];
    jsGzipBytes: number;
    jsBytes: number;
    cssGzipBytes: number;
    /** The largest packages in the first-paint chunks, by bytes before minification. */
    topPackages: { name: string; renderedBytes: number }[];
  };
  lazy: ChunkSize[];
  lazyGzipBytes: number;
  /** Libraries found in first-paint chunks that must load lazily (empty when all is well). */
  violations: string[];
  /** Files of the production build that mention the synthetic engine's URL (should be none). */
  syntheticInProduction: string[];
  buildSeconds: number;
}

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}

function htmlAssets(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((m) => (m[1] ?? '').replace(/^\//, ''));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * What index.html loads before anything is lazily imported: its module scripts, its modulepreload
 * links and, following Vite's manifest, every chunk they import statically.
 */
function firstPaintFiles(outDir: string): { js: string[]; css: string[] } {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const manifestPath = join(outDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(`${manifestPath} is missing: build with --manifest.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const awaited = AWAITED_BEFORE_RENDER.map((alternatives) => {
    const files = alternatives.map((key) => {
      const file = manifest[key]?.file;
      if (!file) throw new Error(`${key} is not a chunk of its own in the build.`);
      return file;
    });
    return files.reduce((a, b) => (gzipSize(join(outDir, b)) > gzipSize(join(outDir, a)) ? b : a));
  });
  // index.html may preload one of the alternatives (the prerendered shell's language): the larger
  // one counts in its place, not both.
  const alternatives = new Set(AWAITED_BEFORE_RENDER.flat().map((key) => manifest[key]?.file));
  const js = new Set([
    ...htmlAssets(html, /<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...htmlAssets(html, /<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g).filter(
      (file) => !alternatives.has(file),
    ),
    ...awaited,
  ]);
  const css = new Set(htmlAssets(html, /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g));
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const queue = [...js];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    const chunk = manifest[byFile.get(file) ?? ''];
    for (const cssFile of chunk?.css ?? []) css.add(cssFile);
    for (const key of chunk?.imports ?? []) {
      const imported = manifest[key]?.file;
      if (imported && !js.has(imported)) {
        js.add(imported);
        queue.push(imported);
      }
    }
  }
  return { js: [...js], css: [...css] };
}

/** `react-dom` for node_modules/react-dom/…, `app: src/store` for src/store/…. */
function packageOf(id: string): string {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (inModules?.[1]) return inModules[1];
  const inSrc = /\/src\/([^/]+(?:\/[^/]+)?)\//.exec(id);
  return inSrc?.[1] ? `app: src/${inSrc[1]}` : id;
}

function topPackages(modules: BundledModule[]): { name: string; renderedBytes: number }[] {
  const totals = new Map<string, number>();
  for (const m of modules)
    totals.set(packageOf(m.id), (totals.get(packageOf(m.id)) ?? 0) + m.renderedBytes);
  return [...totals]
    .map(([name, renderedBytes]) => ({ name, renderedBytes }))
    .sort((a, b) => b.renderedBytes - a.renderedBytes)
    .slice(0, 12);
}

function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

export async function measureFirstPaint(): Promise<FirstPaintResult> {
  const outDir = resolve(OUT_DIR);
  const built = await buildApp('production', outDir);
  const sizeOf = (file: string): ChunkSize => {
    const modules = built.chunkModules.get(file) ?? [];
    return {
      file,
      bytes: readFileSync(join(outDir, file)).length,
      gzipBytes: gzipSize(join(outDir, file)),
      libraries: Object.entries(LAZY_LIBRARIES)
        .filter(([, pattern]) => modules.some((m) => pattern.test(m.id)))
        .map(([name]) => name),
    };
  };
  const { js, css } = firstPaintFiles(outDir);
  const first = js.map(sizeOf);
  const allJs = filesUnder(outDir)
    .map((path) => relative(outDir, path))
    .filter((file) => file.startsWith('assets/') && file.endsWith('.js'));
  const lazy = allJs
    .filter((file) => !js.includes(file))
    .map(sizeOf)
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const sum = (chunks: ChunkSize[], pick: (c: ChunkSize) => number) =>
    chunks.reduce((total, c) => total + pick(c), 0);
  return {
    firstPaint: {
      js: first,
      jsGzipBytes: sum(first, (c) => c.gzipBytes),
      jsBytes: sum(first, (c) => c.bytes),
      cssGzipBytes: css.reduce((total, file) => total + gzipSize(join(outDir, file)), 0),
      topPackages: topPackages(js.flatMap((file) => built.chunkModules.get(file) ?? [])),
    },
    lazy,
    lazyGzipBytes: sum(lazy, (c) => c.gzipBytes),
    violations: [
      ...new Set(first.flatMap((c) => c.libraries.filter((l) => MUST_NOT_PAINT_FIRST.includes(l)))),
    ],
    syntheticInProduction: filesUnder(outDir)
      .filter((path) => /\.(js|mjs|html)$/.test(path))
      .filter((path) => readFileSync(path, 'utf8').includes(SYNTHETIC_GGUF_URL))
      .map((path) => relative(outDir, path)),
    buildSeconds: built.seconds,
  };
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export function firstPaintTable(result: FirstPaintResult): string {
  const row = (c: ChunkSize, when: string) => [
    c.file,
    when,
    kB(c.bytes),
    kB(c.gzipBytes),
    c.libraries.join(', '),
  ];
  return formatTable(
    ['chunk', 'loaded', 'size', 'gzip', 'contains'],
    [
      ...result.firstPaint.js.map((c) => row(c, 'first paint')),
      [
        'first paint JS (total)',
        '',
        kB(result.firstPaint.jsBytes),
        kB(result.firstPaint.jsGzipBytes),
        '',
      ],
      ['first paint CSS (total)', '', '', kB(result.firstPaint.cssGzipBytes), ''],
      ...result.lazy.map((c) => row(c, 'lazy')),
    ],
  );
}

export function topPackagesTable(result: FirstPaintResult): string {
  return formatTable(
    ['largest in first paint (before minification)', 'size'],
    result.firstPaint.topPackages.map((p) => [p.name, kB(p.renderedBytes)]),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await measureFirstPaint();
  console.log(firstPaintTable(result));
  console.log(topPackagesTable(result));
  console.log(`violations: ${result.violations.join(', ') || 'none'}`);
  console.log(`synthetic engine in production: ${result.syntheticInProduction.join(', ') || 'no'}`);
}
