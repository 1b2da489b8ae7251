import { describe, expect, it } from 'vitest';
import { headersFile, withPolicyTag } from './vite-plugin';

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>MindSwitch</title>
    <script type="module" src="/assets/index.js"></script>
  </head>
</html>`;

describe('withPolicyTag', () => {
  it('puts the policy before every script, after the charset', () => {
    const html = withPolicyTag(page, "default-src 'self'");
    const tag = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'" />`;
    expect(html.indexOf(tag)).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(html.indexOf(tag)).toBeLessThan(html.indexOf('<script'));
  });

  it('replaces a policy tag already there instead of adding a second', () => {
    const once = withPolicyTag(page, "default-src 'self'");
    const twice = withPolicyTag(once, "default-src 'none'");
    expect(twice.match(/Content-Security-Policy/gu)).toHaveLength(1);
    expect(twice).toContain(`content="default-src 'none'"`);
  });

  it('still finds the head of a prerendered page without a charset tag', () => {
    const html = withPolicyTag('<html><head data-x="1"><style>a{}</style></head></html>', 'x');
    expect(html).toMatch(/^<html><head data-x="1">\n {4}<meta http-equiv/u);
  });
});

describe('headersFile', () => {
  it('sends isolation and the full policy (with frame-ancestors) for every path', () => {
    const file = headersFile(['https://models.example.org']);
    expect(file.split('\n')[0]).toBe('/*');
    expect(file).toContain('  Cross-Origin-Opener-Policy: same-origin');
    expect(file).toContain('  Cross-Origin-Embedder-Policy: require-corp');
    expect(file).toMatch(
      / {2}Content-Security-Policy: .*connect-src [^;]*https:\/\/models\.example\.org/u,
    );
    expect(file).toContain("frame-ancestors 'none'");
  });
});
