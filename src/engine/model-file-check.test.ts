import { describe, expect, it } from 'vitest';
import { checkModelFile, isGgufBlob } from './model-file-check';
import type { CpuModelSpec } from '@/domain/engine-types';

const model: CpuModelSpec = {
  engine: 'cpu',
  id: 'custom:x',
  label: 'x',
  ggufUrl: 'https://host/x.gguf',
  downloadBytes: null,
  memoryMB: null,
  contextTokens: 4096,
};

function answering(body: BodyInit | null, init: ResponseInit): typeof fetch {
  return () => Promise.resolve(new Response(body, init));
}

describe('checkModelFile', () => {
  it('accepts a GGUF file and reads its size from Content-Range', async () => {
    const fetcher = answering('GGUF', {
      status: 206,
      headers: { 'Content-Range': 'bytes 0-3/123456' },
    });
    expect(await checkModelFile(model, fetcher)).toEqual({ ok: true, bytes: 123456 });
  });

  it('takes the size from Content-Length when the host ignores the range', async () => {
    const fetcher = answering('GGUF and the rest of the file', {
      status: 200,
      headers: { 'Content-Length': '29' },
    });
    expect(await checkModelFile(model, fetcher)).toEqual({ ok: true, bytes: 29 });
  });

  it('refuses an HTML page served under a .gguf name', async () => {
    const fetcher = answering('<!doctype html><html>', {
      status: 200,
      headers: { 'Content-Type': 'text/html' },
    });
    expect(await checkModelFile(model, fetcher)).toMatchObject({ ok: false, code: 'not-gguf' });
  });

  it.each([
    [404, 'http-not-found'],
    [403, 'http-forbidden'],
    [502, 'http-server-error'],
  ] as const)('says HTTP %i apart from the others', async (status, code) => {
    const check = await checkModelFile(model, answering('nope', { status }));
    expect(check).toMatchObject({ ok: false, code, httpStatus: status });
  });

  it('calls a request without a response unreachable', async () => {
    const fetcher: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await checkModelFile(model, fetcher)).toMatchObject({ ok: false, code: 'unreachable' });
  });
});

describe('isGgufBlob', () => {
  it('tells a GGUF file from a web page', async () => {
    expect(await isGgufBlob(new Blob(['GGUF\x03\x00']))).toBe(true);
    expect(await isGgufBlob(new Blob(['<html>']))).toBe(false);
  });
});
