import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtureModel } from './build-fixture-model';
import type { FixtureScript } from './fixture-scripts';
import { loadQwen3Tokenizer } from './qwen3-tokenizer';

export interface ManifestEntry {
  readonly name: string;
  readonly file: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly thinking: string;
  readonly answer: string;
  readonly loopsThinking: boolean;
}

/** Builds each fixture and writes it plus manifest.json; files whose bytes match are left alone. */
export function writeFixtures(
  outputDir: string,
  scripts: readonly FixtureScript[],
): ManifestEntry[] {
  mkdirSync(outputDir, { recursive: true });
  const tokenizer = loadQwen3Tokenizer();
  const entries = scripts.map((script) => {
    const started = performance.now();
    const bytes = buildFixtureModel(script, tokenizer);
    const sha256 = sha256Hex(bytes);
    const path = join(outputDir, script.fileName);
    // Skip identical files so repeated runs keep mtimes (and any HTTP caches) stable.
    const unchanged = existsSync(path) && sha256Hex(readFileSync(path)) === sha256;
    if (!unchanged) writeFileSync(path, bytes);
    const ms = Math.round(performance.now() - started);
    const status = unchanged ? 'unchanged' : 'written';
    console.log(
      `${script.fileName}: ${(bytes.length / 1e6).toFixed(1)} MB, sha256 ${sha256.slice(0, 12)}, ` +
        `${status} in ${ms} ms`,
    );
    const { name, thinking, answer, loopsThinking } = script;
    return {
      name,
      file: script.fileName,
      bytes: bytes.length,
      sha256,
      thinking,
      answer,
      loopsThinking,
    };
  });
  const manifest = `${JSON.stringify({ fixtures: entries }, null, 2)}\n`;
  const manifestPath = join(outputDir, 'manifest.json');
  if (!existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== manifest) {
    writeFileSync(manifestPath, manifest);
  }
  return entries;
}

function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
