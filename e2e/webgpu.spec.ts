import { expect, test } from '@playwright/test';
import { FIXTURE_ORIGIN } from './helpers';
import { screenshot } from './ux-fixtures';

// Runs with --enable-unsafe-webgpu: headless Chromium exposes SwiftShader, a software adapter
// without shader-f16.
test('reports the SwiftShader fallback adapter and offers q4f32_1 models', async ({ page }) => {
  await page.goto('/');
  const device = page.getByRole('region', { name: 'Device' });
  await expect(device).toContainText(
    'WebGPU ready: google · swiftshader (software fallback adapter)',
  );
  await expect(device).toContainText('shader-f16: not supported (models in q4f32_1)');
  await expect(device).toContainText('Largest buffer:');
  // A software adapter runs WebGPU on the CPU too: Automatic picks the faster CPU engine and says why.
  const engine = device.getByRole('combobox', { name: 'Engine' });
  await expect(engine.locator('option:checked')).toHaveText('Automatic: CPU');
  await expect(device).toContainText('Automatic uses the CPU engine: a software adapter');
  await expect(page.getByRole('radiogroup', { name: 'Model' })).toContainText('GGUF · CPU');
  await engine.selectOption({ label: 'WebGPU (web-llm)' });

  const picker = page.getByRole('radiogroup', { name: 'Model' });
  for (const size of ['0.6B', '1.7B', '4B', '8B']) {
    await expect(picker.getByRole('radio', { name: `Qwen3 ${size}` })).toBeVisible();
    await expect(picker).toContainText(`Qwen3-${size}-q4f32_1-MLC`);
  }
  await expect(picker).not.toContainText('q4f16_1');
  await expect(picker.getByRole('radio', { name: 'Qwen3 0.6B' })).toBeChecked();
  await expect(picker).toContainText('too large for this GPU');
  // What the verdict compares is said beside it.
  const large = picker.getByRole('radio', { name: 'Qwen3 8B' });
  await expect(large).toHaveAccessibleDescription(
    /Needs ≈ .* of GPU memory; this GPU offers about [\d.]+ GB/,
  );

  // Loading a model that is too large asks first; declining loads nothing.
  await large.check();
  await screenshot(page, 'webgpu-picker-fit-1440');
  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  await expect.poll(() => asked).toEqual([expect.stringContaining('Load it anyway?')]);
  await expect(page.getByRole('status').filter({ hasText: 'No model loaded' })).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
});

// web-llm runs in its own module worker; a model host that fails must surface as a clear error.
test('a failing MLC model URL shows a clear error from the web-llm worker', async ({ page }) => {
  await page.goto('/');
  // The library passes the check at Add (it starts like WebAssembly); the weights are missing.
  await page.route(`${FIXTURE_ORIGIN}/models/missing.wasm`, (route) =>
    route.fulfill({
      status: 206,
      headers: { 'Access-Control-Allow-Origin': '*', 'Content-Range': 'bytes 0-3/4' },
      body: Buffer.from([0x00, 0x61, 0x73, 0x6d]),
    }),
  );
  await page.getByRole('button', { name: 'Add model from URL' }).click();
  const form = page.getByRole('form', { name: 'Add model from URL' });
  await form.getByLabel('MLC (WebGPU)').check();
  await form.getByLabel('MLC model URL').fill(`${FIXTURE_ORIGIN}/models/missing-MLC`);
  await form.getByLabel('Model library URL (.wasm)').fill(`${FIXTURE_ORIGIN}/models/missing.wasm`);
  await form.getByLabel('Name (optional)').fill('Missing MLC model');
  await form.getByRole('button', { name: 'Add model' }).click();
  await expect(page.getByRole('radio', { name: 'Missing MLC model' })).toBeChecked();
  await page.getByRole('button', { name: 'Load', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The model could not be downloaded');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load', exact: true })).toBeEnabled();
});
