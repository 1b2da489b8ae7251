/**
 * Puts the app's Content-Security-Policy where every host can carry it:
 *
 * - a `<meta http-equiv>` tag at the top of index.html, so the policy holds on a static host that
 *   sends no headers (and the app reads its allowed model hosts from it);
 * - `_headers` in the build (Netlify, Cloudflare Pages) with the full policy and the
 *   cross-origin isolation headers, which no meta tag can set;
 * - `vite preview` and `vite dev` send the same as headers, and preview rewrites the meta tag of
 *   the built page to the policy it sends, so both always agree (a build made without
 *   MINDSWITCH_MODEL_HOSTS still serves the hosts preview is given).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { contentSecurityPolicy } from './content-security-policy.ts';

export const CROSS_ORIGIN_ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
} as const;

/** The headers `vite preview`/`vite dev` send with every response. */
export function serverHeaders(modelHosts: readonly string[], devServer: boolean) {
  return {
    ...CROSS_ORIGIN_ISOLATION,
    'Content-Security-Policy': contentSecurityPolicy({ modelHosts, devServer }),
  };
}

const META_TAG = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/u;

function metaTag(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}

/**
 * index.html with its policy tag set to `policy`. A new tag goes right after `<meta charset>` (or
 * first in `<head>`): a meta policy covers only what comes after it, so before every script.
 */
export function withPolicyTag(html: string, policy: string): string {
  if (META_TAG.test(html)) return html.replace(META_TAG, metaTag(policy));
  const anchor = /<meta charset="[^"]*"\s*\/?>/iu.test(html)
    ? /<meta charset="[^"]*"\s*\/?>/iu
    : /<head[^>]*>/u;
  return html.replace(anchor, (found) => `${found}\n    ${metaTag(policy)}`);
}

/** The `_headers` file of Netlify and Cloudflare Pages: every path gets the policy and isolation. */
export function headersFile(modelHosts: readonly string[]): string {
  const lines = Object.entries(serverHeaders(modelHosts, false)).map(
    ([name, value]) => `  ${name}: ${value}`,
  );
  return `/*\n${lines.join('\n')}\n`;
}

/**
 * Serves the built pages (`/`, `*.html`, and app routes, which get index.html) with the preview's
 * policy in their tag.
 */
function previewPageMiddleware(outDir: string, modelHosts: readonly string[]) {
  const metaPolicy = contentSecurityPolicy({ modelHosts, delivery: 'meta' });
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://preview').pathname);
    const appRoute =
      path === '/' || (!/\.\w+$/u.test(path) && (req.headers.accept ?? '').includes('text/html'));
    if ((req.method !== 'GET' && req.method !== 'HEAD') || (!appRoute && !path.endsWith('.html'))) {
      return next();
    }
    const file = join(outDir, appRoute ? 'index.html' : path);
    if (!file.startsWith(outDir) || !existsSync(file)) return next();
    const body = withPolicyTag(readFileSync(file, 'utf8'), metaPolicy);
    for (const [name, value] of Object.entries(serverHeaders(modelHosts, false))) {
      res.setHeader(name, value);
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  return middleware;
}

export function contentSecurityPolicyPlugin(modelHosts: readonly string[]): Plugin {
  let outDir = 'dist';
  return {
    name: 'mindswitch-content-security-policy',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    // Vite's own transforms run first; the tag then goes first in <head>, before any script.
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const devServer = context.server !== undefined;
        return withPolicyTag(
          html,
          contentSecurityPolicy({ modelHosts, devServer, delivery: 'meta' }),
        );
      },
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(modelHosts) });
    },
    configurePreviewServer(server) {
      server.middlewares.use(previewPageMiddleware(outDir, modelHosts));
    },
  };
}
