// Streams a long synthetic answer through the real UI of a bench build and measures main-thread
// time per token at ~1k and ~8k tokens of message length. See bench/README.md for the method.
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { preview } from 'vite';
import type { BenchStreamConfig } from '../src/engine/synthetic/bench-protocol';
import { buildApp } from './build-app';
import {
  curveTable,
  medianWindow,
  profileTables,
  streamTable,
  type StreamResult,
  type StreamRun,
} from './stream-ui-report';
import { FIRST_POINT, SECOND_POINT, STEP, streamOnce, WINDOW } from './stream-ui-run';
import { streamRenderPace } from '../src/domain/engine/stream-render-pace';

const OUT_DIR = 'dist-bench/app';

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export async function measureStream(runs = 2, profile = false): Promise<StreamResult> {
  // Profiles need function names, so a profiled run uses an unminified build.
  const outDir = resolve(profile ? `${OUT_DIR}-profile` : OUT_DIR);
  const built = await buildApp('bench', outDir, { minify: !profile });
  const port = await freePort();
  const server = await preview({
    mode: 'bench',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const answerTokens = SECOND_POINT + WINDOW;
  const checkpoints: number[] = [];
  for (let t = STEP; t <= answerTokens; t += STEP) checkpoints.push(t);
  const config: BenchStreamConfig = {
    answerTokens,
    charsPerToken: 4,
    tokensPerTask: 1,
    checkpoints,
    // The synthetic engine runs on the CPU, so the page shows the stream at the CPU's pace.
    settleMs: streamRenderPace('cpu').answerMs + 20,
  };
  const longTokens = FIRST_POINT + WINDOW;
  const longConfig: BenchStreamConfig = {
    ...config,
    answerTokens: longTokens,
    checkpoints: checkpoints.filter((t) => t <= longTokens),
  };
  try {
    const results: StreamRun[] = [];
    const longRuns: StreamRun[] = [];
    // Alternating: a first message, then the 51st message of a long conversation.
    for (let run = 0; run < runs; run += 1) {
      results.push(await streamOnce(`http://127.0.0.1:${port}`, config, profile));
      longRuns.push(await streamOnce(`http://127.0.0.1:${port}`, longConfig, profile, true));
    }
    const at1k = medianWindow(results.map((r) => r.at1k));
    const at8k = medianWindow(results.flatMap((r) => r.at8k ?? []));
    const longAt1k = longRuns.length > 0 ? medianWindow(longRuns.map((r) => r.at1k)) : at1k;
    return {
      longConversation: {
        runs: longRuns,
        at1k: longAt1k,
        ratioTo1k: longAt1k.taskMsPerToken / at1k.taskMsPerToken,
      },
      config: { ...config, runs, windowTokens: WINDOW },
      runs: results,
      at1k,
      at8k,
      ratio8kTo1k: {
        task: at8k.taskMsPerToken / at1k.taskMsPerToken,
        withoutMajorGc:
          at8k.withoutMajorGcMsPerToken === null || at1k.withoutMajorGcMsPerToken === null
            ? null
            : at8k.withoutMajorGcMsPerToken / at1k.withoutMajorGcMsPerToken,
        script: at8k.scriptMsPerToken / at1k.scriptMsPerToken,
        layout: at8k.layoutMsPerToken / at1k.layoutMsPerToken,
        style: at8k.styleMsPerToken / at1k.styleMsPerToken,
        wall: at8k.wallMsPerToken / at1k.wallMsPerToken,
      },
      buildSeconds: built.seconds,
      chromium: results[0]?.chromium ?? 'unknown',
    };
  } finally {
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const profile = process.env.BENCH_PROFILE === '1';
  const result = await measureStream(Number(process.env.BENCH_RUNS ?? (profile ? 1 : 3)), profile);
  console.log(curveTable(result));
  console.log(streamTable(result));
  if (profile) console.log(profileTables(result));
}
