import { expect, test, type Page } from '@playwright/test';
import { chatFixture } from '../scripts/fixture-model/fixture-scripts';
import { addGgufModel, fixtureUrl, lastAssistantMessage, sendMessage } from './helpers';

// Runs in the `webgpu` project: headless Chromium with --enable-unsafe-webgpu exposes
// SwiftShader, a software adapter without shader-f16. llama.cpp's WebGPU backend (ggml-webgpu)
// needs shader-f16 and skips such an adapter, so GGUF models run on the CPU here: the GPU path
// itself cannot run on this machine (docs/reliability.md), its choice and fallback can. A GPU
// load that throws is retried on the CPU too; that path is unit-tested with a fake
// (src/engine/wllama/gpu-fallback.test.ts).

// Loading runs llama.cpp's WebAssembly on a CPU shared with other work: give it time.
const LOAD_TIMEOUT_MS = 45_000;
test.slow();

function ggufBackendSelect(page: Page) {
  return page
    .getByRole('region', { name: 'Device' })
    .getByRole('combobox', { name: 'GGUF models run on' });
}

async function loadChatFixture(page: Page) {
  await addGgufModel(page, fixtureUrl(chatFixture.fileName), 'Fixture chat');
  await page.getByRole('button', { name: 'Load', exact: true }).click();
}

async function expectAnswer(page: Page) {
  await sendMessage(page, 'hi');
  await expect(lastAssistantMessage(page).getByTestId('answer')).toHaveText(chatFixture.answer);
}

test('Automatic runs GGUF models on the CPU of a GPU without shader-f16, and says so', async ({
  page,
}) => {
  await page.goto('/');
  const backend = ggufBackendSelect(page);
  await expect(backend.locator('option:checked')).toHaveText('Automatic: CPU (WebAssembly)');
  await expect(page.getByRole('region', { name: 'Device' })).toContainText(
    'Automatic uses the CPU: this GPU lacks shader-f16',
  );
  await expect(page.getByRole('radiogroup', { name: 'Model' })).toContainText('GGUF · CPU');

  await loadChatFixture(page);
  await expect(
    page.getByRole('status').filter({ hasText: 'Fixture chat · CPU (WebAssembly)' }),
  ).toBeVisible({ timeout: LOAD_TIMEOUT_MS });
  await expect(
    page.getByRole('note', { name: 'Running on the CPU instead of the GPU' }),
  ).toHaveCount(0);
  await expectAnswer(page);
});

test('choosing the GPU tries WebGPU for real and falls back to the CPU with the reason', async ({
  page,
}) => {
  await page.goto('/');
  const backend = ggufBackendSelect(page);
  await backend.selectOption({ label: 'GPU (WebGPU)' });
  // The fit estimate and the picker follow the choice: GGUF models now count GPU memory.
  await expect(page.getByRole('radiogroup', { name: 'Model' })).toContainText('GGUF · GPU');

  // llama.cpp gets every layer to offload, finds no adapter it can use, and loads on the CPU.
  await loadChatFixture(page);
  await expect(
    page.getByRole('status').filter({ hasText: 'Fixture chat · CPU (WebAssembly)' }),
  ).toBeVisible({ timeout: LOAD_TIMEOUT_MS });
  const notice = page.getByRole('note', { name: 'Running on the CPU instead of the GPU' });
  await expect(notice).toContainText('The GPU (WebGPU) could not run this model');
  await notice.getByText('Why').click();
  await expect(notice).toContainText('it needs shader-f16');
  await expectAnswer(page);

  // The choice is kept, and the notice stays while the model runs.
  await page.reload();
  await expect(ggufBackendSelect(page).locator('option:checked')).toHaveText('GPU (WebGPU)');
  await expect(
    page.getByRole('status').filter({ hasText: 'Fixture chat · CPU (WebAssembly)' }),
  ).toBeVisible({ timeout: LOAD_TIMEOUT_MS });
  await expect(notice).toBeVisible({ timeout: LOAD_TIMEOUT_MS });

  // Back to the CPU explicitly: the model reloads there and the notice goes.
  await page.getByRole('button', { name: 'Model: Fixture chat · CPU (WebAssembly)' }).click();
  await ggufBackendSelect(page).selectOption({ label: 'CPU (WebAssembly)' });
  await expect(page.getByRole('status').filter({ hasText: 'Loading Fixture chat' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Fixture chat · CPU (WebAssembly)' }),
  ).toBeVisible({ timeout: LOAD_TIMEOUT_MS });
  await expect(notice).toHaveCount(0);
});
