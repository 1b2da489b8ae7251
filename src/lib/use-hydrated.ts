import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False in the HTML prerendered at build time and while the page hydrates it, true right after
 * (and at once where nothing is hydrated). Lazy parts wait for it: a lazy component would suspend
 * during hydration and leave the prerendered markup for a client render.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
