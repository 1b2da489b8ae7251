import { useEffect, useState } from 'react';
import type { PolicyReply, PolicyRequest } from '@/lib/page-policy';

function askServiceWorker(request: PolicyRequest): Promise<PolicyReply | null> {
  const worker = navigator.serviceWorker?.controller;
  if (!worker) return Promise.resolve(null);
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<PolicyReply>) => resolve(event.data);
    worker.postMessage(request, [channel.port2]);
  });
}

/**
 * Whether the host now sends this page a different security policy than the one the service worker
 * serves from its cache (asked once per page load), and how to take it on: the worker adopts the
 * new headers, then the page reloads under them.
 */
export function usePolicyUpdate(): { changed: boolean; adopt: () => Promise<void> } {
  const [changed, setChanged] = useState(false);
  useEffect(() => {
    let current = true;
    void askServiceWorker({ type: 'CHECK_POLICY' }).then((reply) => {
      if (current && reply?.changed) setChanged(true);
    });
    return () => {
      current = false;
    };
  }, []);
  const adopt = async () => {
    await askServiceWorker({ type: 'ADOPT_POLICY' });
    location.reload();
  };
  return { changed, adopt };
}
