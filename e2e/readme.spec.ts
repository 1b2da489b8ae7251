/**
 * README's first screen and "Try it without a GPU", followed literally: the commands it shows,
 * then the clicks it names, against `vite preview` started as `npm start` starts it (no
 * MINDSWITCH_MODEL_HOSTS: the policy a newcomer gets).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';
import { chatFixture } from '../scripts/fixture-model/fixture-scripts';
import { lastAssistantMessage } from './helpers';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const scripts = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

/** The commands of a ```bash block, without their comments. */
function commands(block: string): string[] {
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/u, '').trim())
    .filter((line) => line !== '');
}

function bashBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```bash\n([\s\S]*?)```/gu)].map((match) => match[1] ?? '');
}

const trySection = readme.slice(
  readme.indexOf('### Try it without a GPU'),
  readme.indexOf('\n---'),
);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

test('the first screen shows exactly two commands: install + start, install + every test', () => {
  const [first] = bashBlocks(readme.slice(0, readme.indexOf('### Try it')));
  expect(commands(first ?? '')).toEqual(['npm install && npm start', 'npm ci && npm test']);
});

test.describe('Try it without a GPU', () => {
  let preview: ChildProcess | undefined;
  let origin = '';

  test.beforeAll(async () => {
    // The commands, as written: the fixtures are written by the run (test:e2e), then `npm start`.
    expect(commands(bashBlocks(trySection)[0] ?? '')).toEqual(['npm run fixtures', 'npm start']);
    expect(scripts.fixtures).toContain('build-fixtures.ts');
    const [build, serve = ''] = (scripts.start ?? '').split(' && ');
    expect(build).toBe('vite build');
    expect(serve).toBe('vite preview --port 4173');
    // The build is the one the suite made; only the port differs, so suites can run side by side.
    const port = await freePort();
    const env = { ...process.env };
    delete env.MINDSWITCH_MODEL_HOSTS;
    // Vite's own binary (not npx), so that stopping this process stops the server.
    const [vite = '', ...args] = serve.split(' ');
    preview = spawn(
      `node_modules/.bin/${vite}`,
      [args[0] ?? '', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
      { env, stdio: 'ignore' },
    );
    origin = `http://127.0.0.1:${port}`;
    await expect
      .poll(
        () =>
          fetch(origin).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 30_000 },
      )
      .toBe(200);
  });

  test.afterAll(() => {
    preview?.kill();
  });

  test('the steps reach an answer streamed by the model', async ({ page }) => {
    const url = /`(http:\/\/localhost:4173\/models\/chat\.gguf)`/u.exec(trySection)?.[1] ?? '';
    expect(url).not.toBe('');
    const steps = [...trySection.matchAll(/\*\*([^*]+)\*\*/gu)].map((match) => match[1]);
    expect(steps.slice(0, 3)).toEqual(['Add model from URL', 'Add model', 'Load']);

    await page.goto(origin);
    await page.getByRole('button', { name: 'Add model from URL' }).click();
    const form = page.getByRole('form', { name: 'Add model from URL' });
    await form.getByLabel('GGUF URL').fill(url.replace('http://localhost:4173', origin));
    await form.getByRole('button', { name: 'Add model' }).click();
    await page.getByRole('button', { name: 'Load', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'chat · CPU' })).toBeVisible();

    await page.getByRole('textbox', { name: 'Message' }).fill('Hello!');
    await page.getByRole('textbox', { name: 'Message' }).press('Enter');
    await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
  });
});
