/**
 * The headers that make up a page's security policy, and the messages the page and the service
 * worker exchange about them. The worker serves the app from its cache with the headers it cached
 * at install; when the host now sends a different policy for the same page, the page offers the
 * update like a new version, and the worker adopts the new headers on request.
 */
const POLICY_HEADERS = [
  'content-security-policy',
  'content-security-policy-report-only',
  'cross-origin-opener-policy',
  'cross-origin-embedder-policy',
  'permissions-policy',
  'referrer-policy',
  'x-content-type-options',
] as const;

/** The policy headers a response carries, in a fixed order, values as sent. */
export type PagePolicy = readonly (readonly [name: string, value: string])[];

export function pagePolicy(headers: Headers): PagePolicy {
  return POLICY_HEADERS.flatMap((name) => {
    const value = headers.get(name);
    return value === null ? [] : [[name, value] as const];
  });
}

export function samePolicy(a: PagePolicy, b: PagePolicy): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The same headers with the policy swapped for `policy` where they carry one (a document or a
 * worker script; images and styles carry none and stay as they are).
 */
export function withPolicy(headers: Headers, policy: PagePolicy): Headers {
  const result = new Headers(headers);
  if (!POLICY_HEADERS.some((name) => headers.has(name))) return result;
  for (const name of POLICY_HEADERS) result.delete(name);
  for (const [name, value] of policy) result.set(name, value);
  return result;
}

/** Page → worker; the worker answers on the message's port with a `PolicyReply`. */
export type PolicyRequest = { type: 'CHECK_POLICY' } | { type: 'ADOPT_POLICY' };
export interface PolicyReply {
  /** The host sends a policy other than the one this worker serves. */
  changed: boolean;
}

export function isPolicyRequest(data: unknown): data is PolicyRequest {
  const type = (data as { type?: unknown } | null)?.type;
  return type === 'CHECK_POLICY' || type === 'ADOPT_POLICY';
}
