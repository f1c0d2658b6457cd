// Fixed captions printed on every document, in both languages.
import type { LocalizedText } from './generated/document-spec.ts';

export const LABELS = {
  caseNumber: { ka: 'საქმის ნომერი', en: 'Case number' },
  issueDate: { ka: 'გაცემის თარიღი', en: 'Date of issue' },
  page: { ka: 'გვერდი', en: 'Page' },
} as const satisfies Record<string, Required<LocalizedText>>;
