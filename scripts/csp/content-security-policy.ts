import { BOOT_SCRIPT_HASH } from '../prerender/boot-script.ts';

/**
 * The Content-Security-Policy that holds the app to its privacy promise: scripts and workers only
 * from the app itself, and network connections only to the app and the model hosts.
 *
 * - `'wasm-unsafe-eval'`: WebAssembly compilation (llama.cpp, web-llm's model library) and
 *   nothing else; plain `eval` stays blocked, and of inline scripts only those named by hash run.
 * - `worker-src blob:`: wllama starts its worker (and llama.cpp's threads) from a Blob URL the
 *   app's own script makes; a page cannot be given a Blob URL from elsewhere.
 * - `style-src 'unsafe-inline'`: KaTeX writes inline `style` attributes; styles cannot send data
 *   anywhere that `connect-src`, `img-src` and `font-src` do not allow.
 * - `img-src https:`: an image in an answer loads only when the user clicks it.
 */
export const CATALOG_MODEL_HOSTS = [
  // Qwen's GGUF files and web-llm's MLC weights; downloads redirect to the CDN hosts.
  'https://huggingface.co',
  'https://*.huggingface.co',
  'https://*.hf.co',
  // web-llm's compiled model libraries (.wasm).
  'https://raw.githubusercontent.com',
] as const;

/** Extra model hosts, from `MINDSWITCH_MODEL_HOSTS` (origins separated by spaces or commas). */
export function extraModelHosts(value: string | undefined): string[] {
  const hosts = (value ?? '').split(/[\s,]+/u).filter((host) => host !== '');
  for (const host of hosts) {
    if (!/^https?:\/\/[\w.*-]+(:\d+)?$/u.test(host)) {
      throw new Error(`MINDSWITCH_MODEL_HOSTS: "${host}" is not an origin like https://host:port`);
    }
  }
  return hosts;
}

export interface PolicyOptions {
  modelHosts?: readonly string[];
  /** Vite's dev server: its React refresh preamble is an inline script, HMR a WebSocket. */
  devServer?: boolean;
  /**
   * `meta`: for `<meta http-equiv>` in index.html, which browsers read without `frame-ancestors`
   * (ignored there, with a console error), `report-uri` and `sandbox`; only a header can set those.
   */
  delivery?: 'header' | 'meta';
  /** Inline scripts allowed by hash (`'sha256-…'`); by default the prerendered page's boot script. */
  inlineScriptHashes?: readonly string[];
}

/** The model hosts a build may download from: the catalog's and the ones it is given. */
function allowedModelHosts(modelHosts: readonly string[] = []): string[] {
  return [...CATALOG_MODEL_HOSTS, ...modelHosts];
}

export function contentSecurityPolicy({
  modelHosts = [],
  devServer = false,
  delivery = 'header',
  inlineScriptHashes = [BOOT_SCRIPT_HASH],
}: PolicyOptions = {}) {
  const scripts = [
    "'self'",
    "'wasm-unsafe-eval'",
    ...(devServer ? ["'unsafe-inline'"] : inlineScriptHashes),
  ];
  const connections = [
    "'self'",
    ...allowedModelHosts(modelHosts),
    ...(devServer ? ['ws:', 'wss:'] : []),
  ];
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'self'"],
    'script-src': scripts,
    'worker-src': ["'self'", 'blob:'],
    'connect-src': connections,
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', 'https:'],
    'font-src': ["'self'", 'data:'],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
    ...(delivery === 'header' ? { 'frame-ancestors': ["'none'"] } : {}),
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
