import { describe, expect, it } from 'vitest';
import { streamRenderIntervalMs } from './stream-render-pace';

describe('streamRenderIntervalMs', () => {
  it('shows text every frame on the GPU and in steps on the CPU', () => {
    expect(streamRenderIntervalMs('gpu')).toBe(0);
    expect(streamRenderIntervalMs('cpu')).toBeGreaterThanOrEqual(100);
  });
});
