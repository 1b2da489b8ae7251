import { describe, expect, it } from 'vitest';
import { pagePolicy, samePolicy, withPolicy } from './page-policy';

const csp = (connect: string) => `default-src 'self'; connect-src 'self' ${connect}`;

describe('page policy', () => {
  it('reads the security headers in a fixed order and ignores the rest', () => {
    const headers = new Headers({
      'Referrer-Policy': 'no-referrer',
      'Content-Type': 'text/html',
      'Content-Security-Policy': csp('https://a.example'),
    });
    expect(pagePolicy(headers)).toEqual([
      ['content-security-policy', csp('https://a.example')],
      ['referrer-policy', 'no-referrer'],
    ]);
  });

  it('tells a changed policy, an added header and a removed one from the same policy', () => {
    const old = pagePolicy(new Headers({ 'Content-Security-Policy': csp('https://a.example') }));
    const same = pagePolicy(new Headers({ 'content-security-policy': csp('https://a.example') }));
    const changed = pagePolicy(
      new Headers({ 'Content-Security-Policy': csp('https://b.example') }),
    );
    const added = pagePolicy(
      new Headers({ 'Content-Security-Policy': csp('https://a.example'), 'Referrer-Policy': 'x' }),
    );
    expect(samePolicy(old, same)).toBe(true);
    expect(samePolicy(old, changed)).toBe(false);
    expect(samePolicy(old, added)).toBe(false);
    expect(samePolicy(added, old)).toBe(false);
  });

  it('swaps the policy of a response that carries one and leaves other responses alone', () => {
    const policy = pagePolicy(new Headers({ 'Content-Security-Policy': csp('https://b.example') }));
    const script = new Headers({
      'Content-Type': 'text/javascript',
      'Content-Security-Policy': csp('https://a.example'),
      'Referrer-Policy': 'no-referrer',
    });
    const swapped = withPolicy(script, policy);
    expect(swapped.get('content-security-policy')).toBe(csp('https://b.example'));
    expect(swapped.get('referrer-policy')).toBeNull();
    expect(swapped.get('content-type')).toBe('text/javascript');
    const image = withPolicy(new Headers({ 'Content-Type': 'image/png' }), policy);
    expect(image.get('content-security-policy')).toBeNull();
  });
});
