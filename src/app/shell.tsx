import { StrictMode } from 'react';
import { App } from './app';
import { ErrorBoundary } from './error-boundary';

/** The whole app; the same tree is prerendered into index.html at build time and hydrated. */
export function Shell() {
  return (
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>
  );
}
