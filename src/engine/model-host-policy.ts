import { EngineError } from '@/domain/engine-error';
import { modelHostVerdict, type HostVerdict } from '@/domain/models/model-hosts';
import { metaPolicy } from '@/lib/meta-policy';

/** Whether this page's own policy lets it download `url` (asked before any request). */
export function modelHostVerdictHere(url: string): HostVerdict {
  const origin = typeof location === 'undefined' ? 'null' : location.origin;
  return modelHostVerdict(url, metaPolicy(), origin);
}

/** Throws `host-not-allowed` where the page's policy would make the browser block `url`. */
export function assertModelHostAllowed(url: string): void {
  const verdict = modelHostVerdictHere(url);
  if (verdict.allowed) return;
  throw new EngineError(
    'host-not-allowed',
    `${verdict.origin} is not in this app's connect-src (allowed: ${verdict.allowedHosts.join(', ')})`,
  );
}
