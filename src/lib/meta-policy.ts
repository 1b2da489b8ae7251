/** The Content-Security-Policy the page carries in a `<meta http-equiv>` tag, or null. */
export function metaPolicy(): string | null {
  if (typeof document === 'undefined') return null;
  const meta = document.querySelector<HTMLMetaElement>(
    'meta[http-equiv="Content-Security-Policy" i]',
  );
  return meta?.content ?? null;
}
