import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { prefetchAnswerChunks, useAppStore } from '@/store';
import type { UiLanguage } from '@/store/settings-slice';
import { canHydrate } from './hydration';
import { changeLanguage, initI18n } from './i18n/i18n';
import { resolveLanguage } from './i18n/languages';
import { Shell } from './shell';
import './styles.css';

/**
 * Not top-level await: this module shares its chunk with everything the first paint needs, and
 * the lazily imported language texts import from that chunk, which must have finished evaluating.
 */
async function start(root: HTMLElement) {
  // Evaluating this chunk is one task; opening the database and reading the settings another.
  await new Promise((next) => setTimeout(next, 0));
  // Settings come from IndexedDB; read them before the first render so nothing starts on defaults.
  const persistedSettings = () =>
    JSON.stringify(useAppStore.persist.getOptions().partialize?.(useAppStore.getState()));
  const settingsBefore = persistedSettings();
  await useAppStore.persist.rehydrate();

  // The language picked in Settings, else the browser's; texts are ready before the first render too.
  const shownLanguage = (choice: UiLanguage | null) => resolveLanguage(choice, navigator.languages);
  const language = shownLanguage(useAppStore.getState().language);
  await initI18n(language);
  useAppStore.subscribe((state, previous) => {
    if (state.language !== previous.language) void changeLanguage(shownLanguage(state.language));
  });

  // A streaming answer is saved every 500 ms; what it gained since is kept when the page goes away.
  window.addEventListener('pagehide', () => void useAppStore.getState().flushSaves());

  const hydrate = canHydrate({
    prerendered: root.hasChildNodes(),
    shownLanguage: language,
    settingsBefore,
    settingsAfter: persistedSettings(),
  });
  // As a transition the first render is cut into short tasks (React yields every few ms): one long
  // render would block the main thread right after the first paint (Lighthouse's TBT). The
  // prerendered shell stays on screen meanwhile, and a click on it waits for its part to hydrate.
  startTransition(() => {
    if (hydrate) hydrateRoot(root, <Shell />);
    else createRoot(root).render(<Shell />);
  });

  // Auto's detector and the generation path are chunks of their own, fetched after the first paint,
  // long before anyone can send.
  prefetchAnswerChunks();
}

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
void start(root);
