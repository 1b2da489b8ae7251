import { expect, test } from '@playwright/test';

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

  const picker = page.getByRole('radiogroup', { name: 'Model' });
  for (const size of ['0.6B', '1.7B', '4B', '8B']) {
    await expect(picker.getByRole('radio', { name: `Qwen3 ${size}` })).toBeVisible();
    await expect(picker).toContainText(`Qwen3-${size}-q4f32_1-MLC`);
  }
  await expect(picker).not.toContainText('q4f16_1');
  await expect(picker.getByRole('radio', { name: 'Qwen3 0.6B' })).toBeChecked();
  await expect(picker).toContainText('too large for this GPU');
});
