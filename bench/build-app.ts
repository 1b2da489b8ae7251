import { build, type Plugin } from 'vite';

export interface BuiltApp {
  outDir: string;
  /** For every emitted JavaScript chunk (path relative to outDir), the modules bundled into it. */
  chunkModules: Map<string, string[]>;
  seconds: number;
}

/**
 * Builds the app with the project's own vite.config.ts, in the given mode and folder, with Vite's
 * manifest, and records which modules went into which chunk.
 */
export async function buildApp(mode: 'production' | 'bench', outDir: string): Promise<BuiltApp> {
  const chunkModules = new Map<string, string[]>();
  const recordChunks: Plugin = {
    name: 'bench:record-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') chunkModules.set(output.fileName, [...output.moduleIds]);
      }
    },
  };
  const started = performance.now();
  await build({
    mode,
    logLevel: 'warn',
    plugins: [recordChunks],
    build: { outDir, emptyOutDir: true, manifest: true },
  });
  return { outDir, chunkModules, seconds: (performance.now() - started) / 1000 };
}
