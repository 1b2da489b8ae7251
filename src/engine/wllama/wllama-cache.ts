import { ModelManager, type Model } from '@wllama/wllama';

/** One manager for the app: wllama keeps downloaded GGUF files in the origin-private file system. */
export const wllamaModelManager = new ModelManager();

/**
 * wllama writes a file's metadata only after its last byte, so a download cut short (the tab
 * closed, the connection broke) leaves bytes without metadata: never listed as a model (and a
 * new download of the same URL replaces them), but still taking space. They go before the next
 * download; only the tab holding the model lock downloads, so none of them is being written.
 */
export async function removeUnfinishedDownloads(): Promise<void> {
  const { cacheManager } = wllamaModelManager;
  await cacheManager.deleteMany((entry) => !entry.metadata.originalURL).catch(() => undefined);
}

export async function wllamaCachedModel(url: string): Promise<Model | null> {
  const models = await wllamaModelManager.getModels();
  return models.find((m) => m.url === url) ?? null;
}
