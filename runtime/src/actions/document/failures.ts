// Expected failures of the document action: values with a code, a JSON
// pointer into the input and a ka/en message; bugs throw instead.

export interface LocalizedMessage {
  ka: string;
  en: string;
}

export interface DocumentFailure {
  ok: false;
  code: DocumentFailureCode;
  path: string;
  message: LocalizedMessage;
}

export type DocumentFailureCode =
  | 'document.invalid-input'
  | 'document.invalid-template'
  | 'document.unknown-template'
  | 'document.missing-value'
  | 'document.missing-translation'
  | 'document.unsupported-character';

const MESSAGES: Record<DocumentFailureCode, LocalizedMessage> = {
  'document.invalid-input': {
    ka: 'დოკუმენტის აღწერა არასწორია',
    en: 'The document description is invalid',
  },
  'document.invalid-template': {
    ka: 'დოკუმენტის შაბლონი დაზიანებულია',
    en: 'The document template is broken',
  },
  'document.unknown-template': {
    ka: 'დოკუმენტის შაბლონი ვერ მოიძებნა',
    en: 'The document template was not found',
  },
  'document.missing-value': {
    ka: 'შაბლონის ველს მნიშვნელობა არ გადაეცა',
    en: 'A template placeholder has no value',
  },
  'document.missing-translation': {
    ka: 'ტექსტს მოთხოვნილ ენაზე თარგმანი აკლია',
    en: 'A text lacks a version in a requested language',
  },
  'document.unsupported-character': {
    ka: 'ტექსტი შეიცავს სიმბოლოს, რომელსაც შრიფტი ვერ გამოსახავს',
    en: 'A text contains a character the font cannot show',
  },
};

/** Builds a failure; `detail` adds a reason after the code's own sentence. */
export function documentFailure(
  code: DocumentFailureCode,
  path: string,
  detail?: LocalizedMessage,
): DocumentFailure {
  const base = MESSAGES[code];
  const message = detail
    ? { ka: `${base.ka}: ${detail.ka}`, en: `${base.en}: ${detail.en}` }
    : { ka: `${base.ka}.`, en: `${base.en}.` };
  return { ok: false, code, path, message };
}
