import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The messages of the layer rules for `code` as if it stood in `filePath`. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

// The first lint builds the TypeScript program for type-aware rules: seconds on a busy machine.
describe('layer boundaries (eslint.layers.js)', { timeout: 60_000 }, () => {
  it.each([
    ['src/engine/x.ts', "import { useAppStore } from '@/store';"],
    ['src/storage/x.ts', "import { Composer } from '@/features/chat/composer';"],
    ['src/lib/x.ts', "import { MessageList } from '@/features/chat/message-list';"],
    ['src/lib/x.ts', "import { planGeneration } from '@/domain/generation/plan';"],
    ['src/domain/x.ts', "import { getStorage } from '@/storage';"],
    ['src/store/x.ts', "import { ThinkingPanel } from '@/components/thinking/thinking-panel';"],
    ['src/store/x.ts', "import { Composer } from '@/features/chat/composer';"],
    ['src/features/chat/x.ts', "import { CreateMLCEngine } from '@mlc-ai/web-llm';"],
    ['src/features/chat/x.ts', "import { Wllama } from '@wllama/wllama/esm/index.js';"],
    ['src/features/chat/x.ts', "const m = import('@wllama/wllama');"],
    ['src/store/x.ts', "const m = import('@/features/chat/composer');"],
    ['src/features/chat/x.ts', "import { ModeSwitch } from '@/features/thinking/mode-switch';"],
    ['src/features/chat/x.ts', "import { createEngine } from '@/engine/create-engine';"],
    ['src/components/x.ts', "import { useAppStore } from '@/store';"],
    ['src/engine/webllm/x.ts', "import { useAppStore } from '../../store';"],
    ['src/engine/x.ts', "export { useAppStore } from '@/store';"],
  ])('%s may not: %s', async (filePath, code) => {
    expect(await layerErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['src/engine/wllama/x.ts', "import { Wllama } from '@wllama/wllama';"],
    ['src/engine/x.ts', "const m = import('@mlc-ai/web-llm');"],
    ['src/store/x.ts', "import { engineSupervisor } from '@/engine/engine-supervisor';"],
    ['src/features/chat/x.ts', "import { useAppStore } from '@/store';"],
    ['src/features/chat/x.ts', "import { Markdown } from '@/components/markdown/markdown';"],
    [
      'src/features/chat/x.ts',
      "import { COMPOSER_INPUT_ID } from '@/features/chat/keyboard-shortcuts';",
    ],
    ['src/app/x.ts', "import { Composer } from '@/features/chat/composer';"],
    ['src/domain/x.ts', "import { newId } from '@/lib/new-id';"],
  ])('%s may: %s', async (filePath, code) => {
    expect(await layerErrors(filePath, code)).toEqual([]);
  });
});
