/*
 * Numbers that are not quantities. A phone number, a date, a version, a link or an order number
 * holds digits, dots, slashes and "=" but asks for no arithmetic: "My phone number is
 * +49 30 1234567, please remember it" and a pasted link ending in "?q=1" are quick prompts. These
 * spans are replaced by a placeholder word before any feature sees the text, so their digits count
 * as neither numbers nor operators nor equations.
 */

const MONTHS =
  'jan(?:uary|uar)?|feb(?:ruary|ruar)?|m(?:arch|ar|aerz|ärz|arz)|apr(?:il)?|may|mai|june?|juni|' +
  'july?|juli|aug(?:ust)?|sep(?:t(?:ember)?)?|o(?:ct|kt)(?:ober)?|nov(?:ember)?|de(?:c|z)(?:ember)?';

/** Words after which a run of digits is a label, not a quantity ("order 12345", "Kundennummer 884"). */
const ID_WORDS =
  'order|ticket|invoice|account|customer|tracking|reference|ref|id|iban|zip|postcode|pin|serial|' +
  'flight|phone|tel|telephone|mobile|fax|bestellnummer|kundennummer|rechnungsnummer|' +
  'auftragsnummer|telefon|telefonnummer|handy|handynummer|plz|postleitzahl|flug|vorgangsnummer';

/** Product and software names followed by a version ("Python 3.12", "iOS 17", "Windows 11"). */
const VERSIONED =
  'python|node|java|php|ruby|rust|ubuntu|debian|fedora|windows|macos|ios|android|iphone|ipad|' +
  'galaxy|playstation|xbox|gpt|qwen|llama|chrome|firefox|excel|version|release|' +
  'v(?=\\d)';

/**
 * A pattern, its placeholder and, for patterns that would try every word of a long prompt, a
 * cheap expression that any text they match also matches (the pattern runs only where it does).
 * The flags are `g`/`gi` without `u`: all is ASCII here, and `iu` makes V8 read `\b` and `\w` the
 * Unicode way, many times slower on long prompts.
 */
const PATTERNS: readonly [RegExp, string, RegExp?][] = [
  // Links and e-mail addresses, including query strings such as "?q=1&page=2".
  [/\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi, ' LINK '],
  [/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, ' EMAIL ', /@/],
  [
    /\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|de|io|dev|at|ch|uk|eu|edu|gov)(?:\/[^\s<>"')\]]*)?/gi,
    ' LINK ',
    /\.(?:com|org|net|de|io|dev|at|ch|uk|eu|edu|gov)/i,
  ],
  // Dates: 24.12.2024, 12/25/1990, 2024-03-01, "3. März 2024", "March 3rd, 2024".
  [/\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b/g, ' DATE '],
  [
    new RegExp(
      String.raw`\b\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?:${MONTHS})\b\.?(?:,?\s+\d{4})?|` +
        String.raw`\b(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?`,
      'gi',
    ),
    ' DATE ',
  ],
  // Clock times: 9:30, 14:05:10, 7.30 Uhr.
  [/\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:am|pm|uhr)\b|\b\d{1,2}:\d{2}(?::\d{2})?\b/gi, ' TIME '],
  // Phone numbers: +49 30 1234567, (030) 123 456, 030/1234567, 555-123-4567.
  [/(?<![\w+])\+\d{1,3}(?:[\s./-]*\(?\d+\)?){2,}/g, ' PHONE '],
  [/(?<![\w.])\(0?\d{2,5}\)\s*\d[\d\s-]{3,}\d\b/g, ' PHONE '],
  [/(?<![\w.])0\d{2,5}\s*[/-]\s*\d{3,}(?:[\s-]\d{2,})*\b/g, ' PHONE '],
  [/(?<![\w.])0\d{2,5}\s\d{4,}\b/g, ' PHONE '],
  [/\b\d{3}[-.]\d{3}[-.]\d{4}\b/g, ' PHONE '],
  // Versions: 1.2.3, v2.0, "Python 3.12", "iOS 17".
  // (German thousands such as 1.200.000 are quantities and stay.)
  [/\bv?(?!\d{1,3}(?:\.\d{3})+\b)\d+\.\d+\.\d+(?:[.-]\w+)*\b/gi, ' VERSION '],
  [new RegExp(String.raw`\b(?:${VERSIONED})\s*\d+(?:\.\d+)*\b`, 'gi'), ' VERSION '],
  // IDs: #4512, "order 123456", "ticket no. 8841", "INC-20391", UUIDs and hashes.
  [/#\d+\b/g, ' IDENT '],
  [
    new RegExp(
      String.raw`\b(?:${ID_WORDS})\s*(?:number|nummer|nr|no|num|#|code|id)\.?\s*(?::|=|is|ist|lautet)?\s*[a-z]{0,3}-?\d[\w-]*|` +
        String.raw`\b(?:${ID_WORDS})\s*:?\s*[a-z]{0,3}-?\d{4,}[\w-]*`,
      'gi',
    ),
    ' IDENT ',
  ],
  [/\b[A-Z]{2,6}-\d{2,}\b/g, ' IDENT '],
  [/\b[a-f\d]{8}-[a-f\d]{4}-[a-f\d]{4}-[a-f\d]{4}-[a-f\d]{12}\b/gi, ' IDENT ', /-[a-f\d]{4}-/i],
];

/** Hashes and tokens: 10+ letters and digits mixed, at least two digits ("a1b2c3d4e5"). */
const TOKEN = /\b[a-z\d]{10,}\b/gi;
const maskToken = (word: string): string =>
  /[a-z]/i.test(word) && /\d\D*\d/.test(word) ? ' IDENT ' : word;

/** Replaces links, e-mails, dates, times, phone numbers, versions and IDs by placeholder words. */
export function maskNonQuantities(raw: string): string {
  if (!/\d|https?:|www\.|@/i.test(raw)) return raw;
  let text = raw;
  for (const [pattern, placeholder, needs] of PATTERNS) {
    if (needs === undefined || needs.test(text)) text = text.replace(pattern, placeholder);
  }
  return text.replace(TOKEN, maskToken);
}
