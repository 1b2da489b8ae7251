import { describe, expect, it } from 'vitest';
import { allowedHostNames, connectSources, modelHostVerdict } from './model-hosts';

const PAGE = 'http://localhost:4173';
/** What scripts/csp builds with MINDSWITCH_MODEL_HOSTS=http://127.0.0.1:4175 (abridged). */
const policy =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self' " +
  'https://huggingface.co https://*.huggingface.co https://*.hf.co https://raw.githubusercontent.com ' +
  "http://127.0.0.1:4175; object-src 'none'";

describe('modelHostVerdict', () => {
  it('allows the catalog hosts, their CDN subdomains, the page itself and added hosts', () => {
    for (const url of [
      'https://huggingface.co/Qwen/Qwen3-0.6B-GGUF/resolve/main/Qwen3-0.6B-Q8_0.gguf',
      'https://cdn-lfs.huggingface.co/x.gguf',
      'https://cas-bridge.xethub.hf.co/x.gguf',
      `${PAGE}/models/chat.gguf`,
      'http://127.0.0.1:4175/models/chat.gguf',
    ]) {
      expect(modelHostVerdict(url, policy, PAGE), url).toEqual({ allowed: true });
    }
  });

  it('refuses other hosts, other ports and a wildcard host itself, naming the allowed ones', () => {
    for (const url of [
      'https://models.example.org/x.gguf',
      'http://127.0.0.1:4176/models/chat.gguf',
      'https://hf.co/x.gguf',
      'http://huggingface.co/x.gguf',
      'http://localhost:4174/x.gguf',
    ]) {
      const verdict = modelHostVerdict(url, policy, PAGE);
      expect(verdict.allowed, url).toBe(false);
    }
    expect(modelHostVerdict('https://models.example.org:8443/m/x.gguf', policy, PAGE)).toEqual({
      allowed: false,
      origin: 'https://models.example.org:8443',
      allowedHosts: [
        'huggingface.co',
        '*.huggingface.co',
        '*.hf.co',
        'raw.githubusercontent.com',
        'http://127.0.0.1:4175',
      ],
    });
  });

  it('refuses nothing in advance when the page carries no policy', () => {
    expect(modelHostVerdict('https://models.example.org/x.gguf', null, PAGE)).toEqual({
      allowed: true,
    });
  });

  it('lets an http: source allow the same host over https:, not the other way round', () => {
    const sources = ['http://models.example.org'];
    expect(connectSources(`connect-src ${sources.join(' ')}`)).toEqual(sources);
    const http = `connect-src http://models.example.org`;
    expect(modelHostVerdict('https://models.example.org/x.gguf', http, PAGE).allowed).toBe(true);
    const https = `connect-src https://models.example.org`;
    expect(modelHostVerdict('http://models.example.org/x.gguf', https, PAGE).allowed).toBe(false);
  });

  it('falls back to default-src and names hosts without https://', () => {
    expect(connectSources("default-src 'self' https://a.org")).toEqual(["'self'", 'https://a.org']);
    expect(connectSources("script-src 'self'")).toBeNull();
    expect(allowedHostNames(["'self'", 'https://a.org', 'http://b.org:81', 'ws:'])).toEqual([
      'a.org',
      'http://b.org:81',
    ]);
  });
});
