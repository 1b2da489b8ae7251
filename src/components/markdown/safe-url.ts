const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);
// Raster images only: an SVG can carry markup, and nothing else belongs in an <img>.
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]*$/i;

function parseAbsoluteUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Only absolute http(s) and mailto URLs become links; relative, javascript:, data: etc. do not. */
export function isSafeLinkUrl(url: string): boolean {
  const parsed = parseAbsoluteUrl(url);
  return parsed !== null && LINK_PROTOCOLS.has(parsed.protocol);
}

export function isSafeImageUrl(url: string): boolean {
  if (DATA_IMAGE.test(url.trim())) return true;
  const parsed = parseAbsoluteUrl(url);
  return parsed !== null && IMAGE_PROTOCOLS.has(parsed.protocol);
}

/**
 * Where an image would be loaded from, shown before the user agrees to load it; null for an image
 * embedded in the message itself (a data: URL).
 */
export function imageOrigin(url: string): string | null {
  if (url.trim().toLowerCase().startsWith('data:')) return null;
  return parseAbsoluteUrl(url)?.host ?? url;
}

/**
 * The `urlTransform` for react-markdown: every URL attribute it emits goes through here. Unsafe
 * values become empty, and the link and image components render empty ones inert.
 */
export function transformUrl(url: string, key: string): string {
  if (key === 'href') return isSafeLinkUrl(url) ? url : '';
  if (key === 'src') return isSafeImageUrl(url) ? url : '';
  return '';
}
