import { build, type Plugin } from 'vite';

export interface BundledModule {
  id: string;
  /** Bytes the module takes in its chunk before minification. */
  renderedBytes: number;
}

export interface BuiltApp {
  outDir: string;
  /** For every emitted JavaScript chunk (path relative to outDir), the modules bundled into it. */
  chunkModules: Map<string, BundledModule[]>;
  seconds: number;
}

/**
 * Builds the app with the project's own vite.config.ts, in the given mode and folder, with Vite's
 * manifest, and records which modules went into which chunk (workers included).
 */
export async function buildApp(
  mode: 'production' | 'bench',
  outDir: string,
  { minify = true }: { minify?: boolean } = {},
): Promise<BuiltApp> {
  const chunkModules = new Map<string, BundledModule[]>();
  const recordChunks = (): Plugin => ({
    name: 'bench:record-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const modules = Object.entries(output.modules).map(([id, info]) => ({
          id,
          renderedBytes: info.renderedLength,
        }));
        chunkModules.set(output.fileName, modules);
      }
    },
  });
  const started = performance.now();
  await build({
    mode,
    logLevel: 'warn',
    plugins: [recordChunks()],
    worker: { plugins: () => [recordChunks()] },
    build: { outDir, emptyOutDir: true, manifest: true, ...(minify ? {} : { minify: false }) },
  });
  return { outDir, chunkModules, seconds: (performance.now() - started) / 1000 };
}
