/**
 * A throwaway copy of the production build, served with the isolation headers `vite preview`
 * sends (or, with `headers: false`, with none at all, as a plain static host does), so a test can
 * publish a "new version" by changing files while the page is open. `modelHosts` are added to the
 * policy in index.html, as README's Hosting section tells a host to do.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { contentSecurityPolicy } from '../scripts/csp/content-security-policy';
import { withPolicyTag } from '../scripts/csp/vite-plugin';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

export interface StaticSite {
  url: string;
  dir: string;
  /** Further headers sent with every response; a test may change them while the page is open. */
  extraHeaders: Record<string, string>;
  close: () => Promise<void>;
}

export async function serveCopyOfBuild(
  buildDir = 'dist',
  { headers = true, modelHosts = [] }: { headers?: boolean; modelHosts?: string[] } = {},
): Promise<StaticSite> {
  const dir = await mkdtemp(join(tmpdir(), 'mindswitch-site-'));
  const extraHeaders: Record<string, string> = {};
  await cp(buildDir, dir, { recursive: true });
  if (modelHosts.length > 0) {
    const page = join(dir, 'index.html');
    const policy = contentSecurityPolicy({ modelHosts, delivery: 'meta' });
    await writeFile(page, withPolicyTag(await readFile(page, 'utf8'), policy));
  }
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    let file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      file = join(dir, 'index.html');
    }
    if (headers) {
      res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
      res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
      res.setHeader('Cache-Control', 'no-cache');
    }
    for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
    res.setHeader('Content-Type', MIME[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Content-Length', String(statSync(file).size));
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    dir,
    extraHeaders,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
