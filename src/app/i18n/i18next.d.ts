import 'i18next';
import type { en } from './en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    strictInterpolationChecks: true;
    interpolationFormatTypeMap: { decimal: number; bytes: number };
  }
}
