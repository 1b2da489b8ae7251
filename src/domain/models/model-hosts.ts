/**
 * Which hosts this copy of the app may download models from, read from its own
 * Content-Security-Policy (`connect-src`): the browser refuses every other host, so the app says
 * so before it asks.
 */

/** The sources of a policy's `connect-src` (or `default-src` without one); null without either. */
export function connectSources(policy: string): string[] | null {
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/u))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name.toLowerCase(), sources] as const),
  );
  return directives.get('connect-src') ?? directives.get('default-src') ?? null;
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

/** Whether one CSP host source (`https://*.hf.co`, `http://127.0.0.1:4175`) allows the URL. */
function sourceMatches(source: string, url: URL): boolean {
  const match = /^(https?:)\/\/(\*\.)?([^/:]+)(?::(\d+|\*))?\/?$/u.exec(source.toLowerCase());
  if (!match) return false;
  const [, scheme, wildcard, host = '', port] = match;
  // An http: source allows https: too (CSP's upgrade rule), never the other way round.
  if (url.protocol !== scheme && !(scheme === 'http:' && url.protocol === 'https:')) return false;
  const hostname = url.hostname.toLowerCase();
  if (wildcard ? !hostname.endsWith(`.${host}`) : hostname !== host) return false;
  if (port === '*') return true;
  const wanted = port ?? DEFAULT_PORTS[scheme ?? ''];
  const actual = url.port || DEFAULT_PORTS[url.protocol];
  return wanted === actual || (!port && scheme === 'http:' && actual === '443');
}

/** Whether the policy's sources let the page at `pageOrigin` connect to `url`. */
export function connectionAllowed(
  sources: readonly string[],
  url: URL,
  pageOrigin: string,
): boolean {
  return sources.some((source) => {
    if (source === '*') return url.protocol === 'http:' || url.protocol === 'https:';
    if (source === "'self'") return url.origin === pageOrigin;
    if (source === 'https:' || source === 'http:') return url.protocol === source;
    return sourceMatches(source, url);
  });
}

/** The model hosts to name to a user: the policy's host sources, without the scheme's `https://`. */
export function allowedHostNames(sources: readonly string[]): string[] {
  return sources
    .filter((source) => /^https?:\/\//u.test(source))
    .map((source) => source.replace(/^https:\/\//u, ''));
}

export type HostVerdict =
  { allowed: true } | { allowed: false; origin: string; allowedHosts: string[] };

/**
 * Whether the page may download `url` under `policy` (null: no policy is known, so nothing is
 * refused in advance).
 */
export function modelHostVerdict(
  url: string,
  policy: string | null,
  pageOrigin: string,
): HostVerdict {
  const sources = policy === null ? null : connectSources(policy);
  if (sources === null) return { allowed: true };
  let parsed: URL;
  try {
    parsed = new URL(url, pageOrigin);
  } catch {
    return { allowed: true };
  }
  if (connectionAllowed(sources, parsed, pageOrigin)) return { allowed: true };
  return { allowed: false, origin: parsed.origin, allowedHosts: allowedHostNames(sources) };
}
