/// <reference lib="webworker" />
import { cacheNames, clientsClaim, type WorkboxPlugin } from 'workbox-core';
import {
  addPlugins,
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  getCacheKeyForURL,
  matchPrecache,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import {
  isPolicyRequest,
  pagePolicy,
  samePolicy,
  withPolicy,
  type PagePolicy,
  type PolicyReply,
} from '@/lib/page-policy';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Parameters<typeof precacheAndRoute>[0];
};

const PAGE = 'index.html';

/** The policy of the cached page, which every cached response is served with. */
let servedPolicy: Promise<PagePolicy> | null = null;
function currentPolicy(): Promise<PagePolicy> {
  servedPolicy ??= matchPrecache(PAGE).then((page) => (page ? pagePolicy(page.headers) : []));
  return servedPolicy;
}

/**
 * Multi-threaded WebAssembly needs cross-origin isolation, and the headers that grant it must be
 * on every response the page gets — including the ones this worker serves from its cache. A
 * cached response keeps its own headers, except that its policy is the cached page's (which
 * `adoptHostPolicy` may have renewed), so the policy holds offline too (e2e/privacy.spec.ts).
 */
async function withServedHeaders(response: Response): Promise<Response> {
  if (response.type === 'opaque' || response.status === 0) return response;
  const policy = await currentPolicy();
  const headers =
    policy.length > 0 ? withPolicy(response.headers, policy) : new Headers(response.headers);
  headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  headers.set('Cross-Origin-Embedder-Policy', 'require-corp');
  headers.set('Cross-Origin-Resource-Policy', 'same-origin');
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

const servedHeaders: WorkboxPlugin = {
  handlerWillRespond: async ({ response }) => withServedHeaders(response),
};

/**
 * The page as the host sends it now, where it is the cached page under another policy (a host
 * that changed its headers without a new build). A new build brings a new service worker, which
 * caches the new page and its headers itself. Null offline or when nothing changed.
 */
async function hostPolicyChange(): Promise<Response | null> {
  const cached = await matchPrecache(PAGE);
  const fresh = await fetch(new URL(PAGE, self.registration.scope), { cache: 'no-store' }).catch(
    () => null,
  );
  if (!cached || !fresh?.ok) return null;
  if (samePolicy(pagePolicy(cached.headers), pagePolicy(fresh.headers))) return null;
  const [cachedText, freshText] = await Promise.all([cached.text(), fresh.clone().text()]);
  return cachedText === freshText ? fresh : null;
}

/** Serves the host's new policy from now on (the page reloads after this). */
async function adoptHostPolicy(): Promise<void> {
  const fresh = await hostPolicyChange();
  const key = getCacheKeyForURL(PAGE);
  if (!fresh || !key) return;
  await (await caches.open(cacheNames.precache)).put(key, fresh);
  servedPolicy = null;
}

addPlugins([servedHeaders]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL(PAGE)));

// The first version takes charge of the open tab at once (so it works offline without a reload, and
// a later update can replace it). A new version waits until the user chooses to reload (never
// during a generation); so does a new policy.
clientsClaim();
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data: unknown = event.data;
  if ((data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (!isPolicyRequest(data)) return;
  const reply = (changed: boolean) =>
    event.ports[0]?.postMessage({ changed } satisfies PolicyReply);
  event.waitUntil(
    data.type === 'ADOPT_POLICY'
      ? adoptHostPolicy().then(() => reply(false))
      : hostPolicyChange().then((fresh) => reply(fresh !== null)),
  );
});
