/**
 * Serves the generated fixture models to the app under test, from a second origin on 127.0.0.1,
 * like a real model host. It records every request so tests can assert what was (not) fetched.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const port = Number(process.argv[2] ?? 4175);
const root = fileURLToPath(new URL('./fixtures/generated/', import.meta.url));
const requests: { method: string; path: string }[] = [];
/** Files whose next full download breaks off halfway (see /__cut-next). */
const cutNext = new Set<string>();

/** Bytes each slow download sent, and whether the client went away before the end. */
interface SlowDownload {
  path: string;
  bytesSent: number;
  size: number;
  closedEarly: boolean;
}
const slowDownloads: SlowDownload[] = [];
const SLOW_CHUNK_BYTES = 64 * 1024;
const SLOW_CHUNK_INTERVAL_MS = 40;

/**
 * Sends a file slowly, in small chunks, counting what was sent, so a test can see whether a
 * cancelled download really stops (the connection closes and no more bytes go out).
 */
function serveSlowly(file: string, path: string, res: ServerResponse) {
  const body = readFileSync(file);
  const download: SlowDownload = { path, bytesSent: 0, size: body.length, closedEarly: false };
  slowDownloads.push(download);
  res.setHeader('Content-Type', 'application/octet-stream');
  res.setHeader('Content-Length', String(body.length));
  let timer: ReturnType<typeof setTimeout> | undefined;
  res.on('close', () => {
    clearTimeout(timer);
    download.closedEarly = download.bytesSent < download.size;
  });
  const sendNext = () => {
    if (res.destroyed) return;
    const chunk = body.subarray(download.bytesSent, download.bytesSent + SLOW_CHUNK_BYTES);
    download.bytesSent += chunk.length;
    if (download.bytesSent >= body.length) return void res.end(chunk);
    res.write(chunk);
    timer = setTimeout(sendNext, SLOW_CHUNK_INTERVAL_MS);
  };
  sendNext();
}

function corsHeaders(res: ServerResponse) {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Headers', '*');
  res.setHeader('Access-Control-Expose-Headers', 'Content-Length, Content-Range, ETag');
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
}

createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  const path = url.pathname;
  if (path === '/health') return void res.end('ok');
  if (path === '/__requests') {
    corsHeaders(res);
    res.setHeader('Content-Type', 'application/json');
    return void res.end(JSON.stringify(requests));
  }
  if (path === '/__slow-downloads') {
    corsHeaders(res);
    res.setHeader('Content-Type', 'application/json');
    return void res.end(JSON.stringify(slowDownloads));
  }
  if (path === '/__reset') {
    requests.length = 0;
    slowDownloads.length = 0;
    cutNext.clear();
    return void res.end('ok');
  }
  // The next full GET of this file sends half the body, then drops the connection.
  if (path.startsWith('/__cut-next/')) {
    cutNext.add(path.slice('/__cut-next/'.length));
    return void res.end('ok');
  }
  requests.push({ method: req.method ?? 'GET', path });
  if (req.method === 'OPTIONS') {
    corsHeaders(res);
    res.statusCode = 204;
    return void res.end();
  }
  // A host that forgets CORS: the browser must refuse the response.
  if (path.startsWith('/no-cors/')) {
    res.statusCode = 200;
    return void res.end('not for you');
  }
  corsHeaders(res);
  // A web page served under a model's name, as a misconfigured host or a login wall does.
  if (path === '/models/notamodel.gguf') {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    return void res.end('<!doctype html><html><body><h1>Sign in to download</h1></body></html>');
  }
  const status = /^\/status\/(\d{3})\//.exec(path)?.[1];
  if (status) {
    res.statusCode = Number(status);
    return void res.end(`status ${status}`);
  }
  const match = /^(?:\/slow)?\/models\/([\w.-]+\.gguf)$/.exec(path);
  const file = match?.[1] ? normalize(join(root, match[1])) : null;
  if (!file || !file.startsWith(root) || !existsSync(file)) {
    res.statusCode = 404;
    return void res.end('not found');
  }
  const { size, mtimeMs } = statSync(file);
  res.setHeader('Content-Type', 'application/octet-stream');
  res.setHeader('Content-Length', String(size));
  res.setHeader('ETag', `"${size}-${Math.round(mtimeMs)}"`);
  if (req.method === 'HEAD') return void res.end();
  if (path.startsWith('/slow/')) return serveSlowly(file, path, res);
  const range = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '');
  if (range) {
    const start = Number(range[1]);
    const end = Math.min(Number(range[2]), size - 1);
    res.statusCode = 206;
    res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
    res.setHeader('Content-Length', String(end - start + 1));
    return void createReadStream(file, { start, end }).pipe(res);
  }
  const name = match?.[1] ?? '';
  if (cutNext.delete(name)) {
    // Half the file, then the connection dies: an interrupted download.
    const half = Math.floor(size / 2);
    const stream = createReadStream(file, { start: 0, end: half - 1 });
    stream.pipe(res, { end: false });
    stream.on('end', () => setTimeout(() => res.socket?.destroy(), 50));
    return;
  }
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => {
  console.log(`fixture server on http://127.0.0.1:${port}`);
});
