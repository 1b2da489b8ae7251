export interface StorageEstimateInfo {
  usageBytes: number | null;
  quotaBytes: number | null;
}

export async function estimateStorage(): Promise<StorageEstimateInfo> {
  if (!navigator.storage?.estimate) return { usageBytes: null, quotaBytes: null };
  const { usage, quota } = await navigator.storage.estimate();
  return { usageBytes: usage ?? null, quotaBytes: quota ?? null };
}

/** False only when the estimate says a download of `bytes` cannot fit. */
export function downloadFits(bytes: number | null, estimate: StorageEstimateInfo): boolean {
  if (bytes === null || estimate.usageBytes === null || estimate.quotaBytes === null) return true;
  return estimate.quotaBytes - estimate.usageBytes >= bytes;
}
