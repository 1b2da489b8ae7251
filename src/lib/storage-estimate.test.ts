import { describe, expect, it } from 'vitest';
import { downloadFits } from './storage-estimate';

describe('downloadFits', () => {
  it('refuses a download larger than the free quota', () => {
    expect(downloadFits(600, { usageBytes: 500, quotaBytes: 1000 })).toBe(false);
    expect(downloadFits(500, { usageBytes: 500, quotaBytes: 1000 })).toBe(true);
  });

  it('does not block when the size or the estimate is unknown', () => {
    expect(downloadFits(null, { usageBytes: 500, quotaBytes: 1000 })).toBe(true);
    expect(downloadFits(600, { usageBytes: null, quotaBytes: null })).toBe(true);
  });
});
