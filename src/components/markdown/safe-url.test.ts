import { describe, expect, it } from 'vitest';
import { imageOrigin, isSafeImageUrl, isSafeLinkUrl, transformUrl } from './safe-url';

describe('safe URLs', () => {
  it('allows only absolute http, https and mailto links', () => {
    expect(isSafeLinkUrl('https://example.com/a?b#c')).toBe(true);
    expect(isSafeLinkUrl('http://example.com')).toBe(true);
    expect(isSafeLinkUrl('mailto:me@example.com')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '/relative',
      '#anchor',
      '',
    ]) {
      expect(isSafeLinkUrl(url), url).toBe(false);
    }
  });

  it('allows http(s) images and raster data images, not SVG or scripts', () => {
    expect(isSafeImageUrl('https://example.com/cat.png')).toBe(true);
    expect(isSafeImageUrl('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isSafeImageUrl('data:image/svg+xml;base64,PHN2Zz4=')).toBe(false);
    expect(isSafeImageUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeImageUrl('cat.png')).toBe(false);
  });

  it('names where an image comes from', () => {
    expect(imageOrigin('https://img.example.com:8080/a.png')).toBe('img.example.com:8080');
    expect(imageOrigin('data:image/png;base64,AAAA')).toBeNull();
  });

  it('empties unsafe URLs for react-markdown', () => {
    expect(transformUrl('javascript:alert(1)', 'href')).toBe('');
    expect(transformUrl('https://a.org', 'href')).toBe('https://a.org');
    expect(transformUrl('https://a.org/x.png', 'src')).toBe('https://a.org/x.png');
    expect(transformUrl('https://a.org', 'cite')).toBe('');
  });
});
