import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { prefetchDetector, useAppStore } from '@/store';
import type { UiLanguage } from '@/store/settings-slice';
import { ErrorBoundary } from './error-boundary';
import { changeLanguage, initI18n } from './i18n/i18n';
import { resolveLanguage } from './i18n/languages';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// Settings come from IndexedDB; read them before the first render so nothing starts on defaults.
await useAppStore.persist.rehydrate();

// The language picked in Settings, else the browser's; texts are ready before the first render too.
const shownLanguage = (choice: UiLanguage | null) => resolveLanguage(choice, navigator.languages);
await initI18n(shownLanguage(useAppStore.getState().language));
useAppStore.subscribe((state, previous) => {
  if (state.language !== previous.language) void changeLanguage(shownLanguage(state.language));
});

// A streaming answer is saved every 500 ms; what it gained since is kept when the page goes away.
window.addEventListener('pagehide', () => void useAppStore.getState().flushSaves());

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);

// Auto's detector is a chunk of its own, fetched after the first paint, long before anyone can send.
prefetchDetector();
