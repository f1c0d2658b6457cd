// The renderer's own words, in Georgian and English.
import type { Locale } from '../messages/catalogue.ts';

const text = {
  ka: {
    summaryTitle: 'გთხოვთ, გაასწოროთ შეცდომები',
    required: 'სავალდებულო',
    submit: 'გაგზავნა',
    next: 'შემდეგი',
    back: 'უკან',
    add: 'დამატება',
    remove: 'წაშლა',
    item: (label: string, n: number) => `${label} — ${n}`,
    step: (n: number, of: number) => `ნაბიჯი ${n} / ${of}`,
    steps: 'ნაბიჯები',
    datePlaceholder: 'დდ.თთ.წწწწ',
    error: 'შეცდომა',
    form: 'ფორმა',
  },
  en: {
    summaryTitle: 'There is a problem',
    required: 'required',
    submit: 'Submit',
    next: 'Next',
    back: 'Back',
    add: 'Add',
    remove: 'Remove',
    item: (label: string, n: number) => `${label} — ${n}`,
    step: (n: number, of: number) => `Step ${n} of ${of}`,
    steps: 'Steps',
    datePlaceholder: 'DD.MM.YYYY',
    error: 'Error',
    form: 'Form',
  },
};

export type UiText = (typeof text)['en'];
export const uiText = (locale: Locale): UiText => text[locale];
