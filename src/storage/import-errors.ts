// No imports: the UI's English texts (i18n/en.ts) read this table without loading the database.

export type ImportErrorCode = 'invalid-json' | 'not-mindswitch' | 'newer-version' | 'damaged';

/** The English sentence per refusal: `ImportError.message`, and the UI's English (i18n/en.ts). */
export const IMPORT_ERROR_TEXT: Record<ImportErrorCode, string> = {
  'invalid-json': 'The file is not valid JSON, so it cannot be a MindSwitch export.',
  'not-mindswitch': 'This file is not a MindSwitch export.',
  'newer-version':
    'This export was made by a newer version of MindSwitch. Update the app, then import it again.',
  damaged: 'This MindSwitch export is damaged or incomplete, so nothing was imported.',
};
