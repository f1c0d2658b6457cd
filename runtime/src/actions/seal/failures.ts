// Expected failures of sealing and verification: values with a code, a JSON
// pointer into the seal record and a ka/en message; bugs throw instead.

export interface LocalizedMessage {
  ka: string;
  en: string;
}

export type SealFailureCode =
  | 'seal.invalid-signed-at'
  | 'seal.malformed'
  | 'seal.unsupported-algorithm'
  | 'seal.unknown-key'
  | 'seal.bad-signature'
  | 'seal.document-mismatch';

export interface SealFailure {
  ok: false;
  code: SealFailureCode;
  path: string;
  message: LocalizedMessage;
}

const MESSAGES: Record<SealFailureCode, LocalizedMessage> = {
  'seal.invalid-signed-at': {
    ka: 'ბეჭდის დასმის დრო უნდა იყოს UTC-ში მითითებული არსებული მომენტი',
    en: 'The seal time must be an existing instant written in UTC',
  },
  'seal.malformed': {
    ka: 'ბეჭდის ჩანაწერი დაზიანებულია ან არასრულია',
    en: 'The seal record is malformed or incomplete',
  },
  'seal.unsupported-algorithm': {
    ka: 'ბეჭდის ალგორითმი მხარდაჭერილი არ არის',
    en: 'The seal algorithm is not supported',
  },
  'seal.unknown-key': {
    ka: 'ბეჭედი დასმულია უცნობი გასაღებით',
    en: 'The seal was made with an unknown key',
  },
  'seal.bad-signature': {
    ka: 'ბეჭდის ხელმოწერა არასწორია: ჩანაწერი შეცვლილია ან გაყალბებულია',
    en: 'The seal signature is invalid: the record was altered or forged',
  },
  'seal.document-mismatch': {
    ka: 'დოკუმენტი შეიცვალა ბეჭდის დასმის შემდეგ',
    en: 'The document has changed since it was sealed',
  },
};

export function sealFailure(code: SealFailureCode, path: string): SealFailure {
  const base = MESSAGES[code];
  return { ok: false, code, path, message: { ka: `${base.ka}.`, en: `${base.en}.` } };
}
