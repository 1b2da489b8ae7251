import { renderToString } from 'react-dom/server';
import { SHELL_LANGUAGE } from './hydration';
import { initI18n } from './i18n/i18n';
import { Shell } from './shell';

/**
 * The app's first screen as HTML, rendered at build time with the defaults a first visit starts
 * from (English, no model, nothing restored), so the browser paints it before any JavaScript runs.
 */
export async function renderShell(): Promise<string> {
  await initI18n(SHELL_LANGUAGE);
  return renderToString(<Shell />);
}
