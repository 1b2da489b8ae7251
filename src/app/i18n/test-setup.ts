import { initI18n } from './i18n';

// Components under test render their English texts, as in the browser with an English locale.
await initI18n('en');
