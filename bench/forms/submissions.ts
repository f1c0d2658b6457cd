// A mix of valid and invalid submissions of the 50-field application form,
// each with what every engine must conclude about it.

const base: Record<string, unknown> = {
  personalNumber: '01024056789',
  lastName: 'Beridze',
  firstName: 'Nino',
  gender: 'female',
  birthYear: 1990,
  birthMonth: 4,
  birthDay: 15,
  birthPlace: 'Kutaisi',
  citizenship: 'GE',
  mobile: '555123456',
  email: 'nino@example.ge',
  region: 'imereti',
  city: 'Kutaisi',
  street: 'Rustaveli',
  building: '12',
  postalCode: '4600',
  sameAddress: true,
  maritalStatus: 'single',
  children: 0,
  education: 'master',
  school: 'Kutaisi University',
  graduationYear: 2014,
  employment: 'student',
  monthlyIncome: 1200,
  bankAccount: '1234567890123456',
  documentType: 'id-card',
  documentNumber: '123456789',
  documentYear: 2030,
  issuedBy: 'PSDA',
  service: 'standard',
  collection: 'hall',
  language: 'ka',
  disability: false,
  veteran: false,
  notifySms: true,
  notifyEmail: false,
  consentData: true,
  consentTerms: true,
  // Form.io logs an error for every absent number it range-checks, which
  // would measure its console, not its validation.
  visits: 1,
};

const numberKeys = Object.keys(base).filter((k) => typeof base[k] === 'number');

export interface Submission {
  name: string;
  data: Record<string, unknown>;
  valid: boolean;
}

export const submissions: Submission[] = [
  { name: 'plain valid', data: base, valid: true },
  { name: 'invalid: consent not given', data: { ...base, consentTerms: false }, valid: false },
  {
    name: 'valid with all five conditional fields shown',
    data: {
      ...base,
      citizenship: 'other',
      otherCitizenship: 'Armenia',
      sameAddress: false,
      actualAddress: 'Tbilisi, Vazha-Pshavela 5',
      maritalStatus: 'married',
      spouseName: 'Giorgi Beridze',
      employment: 'employed',
      employer: 'Public Service Hall',
      collection: 'post',
      deliveryNote: 'Leave with the neighbour',
    },
    valid: true,
  },
  {
    name: 'invalid: shown conditional fields left empty',
    data: { ...base, citizenship: 'other', maritalStatus: 'married', collection: 'post' },
    valid: false,
  },
  {
    name: 'invalid: bad personal number and email',
    data: { ...base, personalNumber: '0102405678', email: 'nino@' },
    valid: false,
  },
  {
    name: 'invalid: out-of-range numbers and missing required',
    data: { ...base, birthMonth: 13, children: 40, lastName: undefined },
    valid: false,
  },
  {
    name: 'invalid: value outside the choices, short text',
    data: { ...base, region: 'mars', city: 'K' },
    valid: false,
  },
  {
    name: 'valid with optional fields filled',
    data: { ...base, fatherName: 'Davit', homePhone: '322123456', comment: 'Urgent', visits: 3 },
    valid: true,
  },
  {
    name: 'invalid: many fields missing',
    data: {
      personalNumber: '01024056789',
      lastName: 'Beridze',
      consentData: true,
      ...Object.fromEntries(numberKeys.map((k) => [k, base[k]])),
    },
    valid: false,
  },
];
