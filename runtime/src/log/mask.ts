// Georgian personal numbers are 11 digits; logs keep only the last two so a
// line can still be matched to a case without exposing the person.
const PERSONAL_NUMBER = /(?<!\d)\d{9}(\d{2})(?!\d)/g;

export function maskPersonalNumbers(text: string): string {
  return text.replace(PERSONAL_NUMBER, '*********$1');
}
