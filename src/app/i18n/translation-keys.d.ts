import type { en } from './en';

// Keys passed to `t` are checked against the English texts.
declare module '@/lib/i18n/translate' {
  interface TranslationResources {
    texts: typeof en;
  }
}
