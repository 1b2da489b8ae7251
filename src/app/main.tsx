import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { useAppStore } from '@/store';
import { ErrorBoundary } from './error-boundary';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// Settings come from IndexedDB; read them before the first render so nothing starts on defaults.
await useAppStore.persist.rehydrate();

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
