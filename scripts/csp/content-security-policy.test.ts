import { describe, expect, it } from 'vitest';
import { BOOT_SCRIPT_HASH } from '../prerender/boot-script';
import { contentSecurityPolicy, extraModelHosts } from './content-security-policy';

function directive(policy: string, name: string): string[] {
  const found = policy.split('; ').find((d) => d.startsWith(`${name} `));
  return found ? found.split(' ').slice(1) : [];
}

describe('contentSecurityPolicy', () => {
  it('runs scripts only from the app, with WebAssembly, no eval, and inline only the boot script', () => {
    const scripts = directive(contentSecurityPolicy(), 'script-src');
    expect(scripts).toEqual(["'self'", "'wasm-unsafe-eval'", BOOT_SCRIPT_HASH]);
    const none = directive(contentSecurityPolicy({ inlineScriptHashes: [] }), 'script-src');
    expect(none).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('allows an inline script only by its hash', () => {
    const policy = contentSecurityPolicy({ inlineScriptHashes: ["'sha256-abc='"] });
    expect(directive(policy, 'script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      "'sha256-abc='",
    ]);
  });

  it('connects only to the app, the catalog model hosts and the hosts it is given', () => {
    const policy = contentSecurityPolicy({ modelHosts: ['http://127.0.0.1:4175'] });
    expect(directive(policy, 'connect-src')).toEqual([
      "'self'",
      'https://huggingface.co',
      'https://*.huggingface.co',
      'https://*.hf.co',
      'https://raw.githubusercontent.com',
      'http://127.0.0.1:4175',
    ]);
  });

  it('relaxes only the dev server (React refresh, HMR socket)', () => {
    const dev = contentSecurityPolicy({ devServer: true });
    expect(directive(dev, 'script-src')).toContain("'unsafe-inline'");
    expect(directive(dev, 'connect-src')).toContain('ws:');
  });
});

describe('the policy in index.html', () => {
  it('is the header policy without what a meta policy cannot carry', () => {
    const header = contentSecurityPolicy({ modelHosts: ['https://m.example.org'] });
    const meta = contentSecurityPolicy({ modelHosts: ['https://m.example.org'], delivery: 'meta' });
    expect(header).toContain("frame-ancestors 'none'");
    expect(meta).not.toMatch(/frame-ancestors|report-uri|sandbox/u);
    expect(`${meta}; frame-ancestors 'none'`).toBe(header);
  });
});

describe('extraModelHosts', () => {
  it('reads origins separated by commas or spaces', () => {
    expect(extraModelHosts('https://models.example.org, http://127.0.0.1:8080')).toEqual([
      'https://models.example.org',
      'http://127.0.0.1:8080',
    ]);
    expect(extraModelHosts(undefined)).toEqual([]);
  });

  it('refuses what is not an origin, so a typo cannot open the policy', () => {
    expect(() => extraModelHosts("https://a.org 'unsafe-inline'")).toThrow(/not an origin/);
    expect(() => extraModelHosts('https://a.org/path')).toThrow(/not an origin/);
  });
});
