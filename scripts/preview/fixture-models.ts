/**
 * `vite preview` and `vite dev` also serve the test models that `npm run fixtures` writes, at
 * `/models/<name>.gguf` on the app's own origin: README's "Try it without a GPU" then needs no
 * second server and no change to the Content-Security-Policy (`'self'` allows it).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Connect, Plugin } from 'vite';

function fixtureModelMiddleware(dir: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const name = /^\/models\/([\w.-]+\.gguf)$/u.exec(
      new URL(req.url ?? '/', 'http://x').pathname,
    )?.[1];
    const file = name ? join(dir, name) : null;
    if (!file || !existsSync(file) || (req.method !== 'GET' && req.method !== 'HEAD')) {
      return next();
    }
    const { size } = statSync(file);
    res.setHeader('Content-Type', 'application/octet-stream');
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('Cache-Control', 'no-cache');
    const range = /^bytes=(\d+)-(\d*)$/u.exec(req.headers.range ?? '');
    const start = range ? Number(range[1]) : 0;
    const end = range?.[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (range) {
      res.statusCode = 206;
      res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
    }
    res.setHeader('Content-Length', String(end - start + 1));
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file, { start, end }).pipe(res);
  };
}

export function fixtureModelsPlugin(dir: string): Plugin {
  return {
    name: 'mindswitch-fixture-models',
    configureServer(server) {
      server.middlewares.use(fixtureModelMiddleware(dir));
    },
    configurePreviewServer(server) {
      server.middlewares.use(fixtureModelMiddleware(dir));
    },
  };
}
