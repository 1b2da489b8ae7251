import { ModelManager, type Model } from '@wllama/wllama';

/** One manager for the app: wllama keeps downloaded GGUF files in the origin-private file system. */
export const wllamaModelManager = new ModelManager();

export async function wllamaCachedModel(url: string): Promise<Model | null> {
  const models = await wllamaModelManager.getModels();
  return models.find((m) => m.url === url) ?? null;
}
