// Georgian validation messages.
import { toDisplayDate } from '../formats/georgian.ts';
import type { Catalogue, Params } from './catalogue.ts';

const types: Record<string, string> = {
  string: 'ტექსტი',
  number: 'რიცხვი',
  integer: 'მთელი რიცხვი',
  boolean: 'დიახ ან არა',
  object: 'ველების ჯგუფი',
  array: 'სია',
  null: 'ცარიელი',
};

const typeList = (p: Params) =>
  String(p.type)
    .split(',')
    .map((t) => types[t] ?? t)
    .join(' ან ');
const limit = (p: Params) => String(p.limit);
const date = (p: Params) => toDisplayDate(String(p.limit));

export const ka: Catalogue = {
  types,
  formats: {
    date: 'შეიყვანეთ თარიღი ფორმატით DD.MM.YYYY',
    time: 'შეიყვანეთ დრო ფორმატით HH:MM',
    'date-time': 'შეიყვანეთ თარიღი და დრო ფორმატით DD.MM.YYYY HH:MM',
    email: 'შეიყვანეთ სწორი ელფოსტის მისამართი, მაგალითად name@example.ge',
    uri: 'შეიყვანეთ სწორი ვებმისამართი',
    uuid: 'შეიყვანეთ სწორი იდენტიფიკატორი (UUID)',
    'ge-personal-number': 'პირადი ნომერი უნდა შედგებოდეს ზუსტად 11 ციფრისგან',
    'ge-phone': 'შეიყვანეთ საქართველოს ტელეფონის ნომერი, მაგალითად +995 555 12 34 56',
    'ge-postal-code': 'საფოსტო ინდექსი უნდა შედგებოდეს 4 ციფრისგან',
  },
  keywords: {
    type: (p) => `მნიშვნელობა უნდა იყოს: ${typeList(p)}`,
    required: () => 'ველი სავალდებულოა',
    dependentRequired: () => 'ველი სავალდებულოა, რადგან დაკავშირებული ველი შევსებულია',
    enum: () => 'აირჩიეთ შემოთავაზებული მნიშვნელობებიდან ერთ-ერთი',
    const: (p) =>
      p.allowedValue === true ? 'ეს ველი უნდა მოინიშნოს' : 'ეს მნიშვნელობა დაუშვებელია',
    minLength: (p) => `შეიყვანეთ მინიმუმ ${limit(p)} სიმბოლო`,
    maxLength: (p) => `შეიყვანეთ მაქსიმუმ ${limit(p)} სიმბოლო`,
    pattern: () => 'მნიშვნელობა არ შეესაბამება მოთხოვნილ ფორმატს',
    format: () => 'მნიშვნელობა არ შეესაბამება მოთხოვნილ ფორმატს',
    formatMinimum: (p) => `თარიღი უნდა იყოს არაუადრეს ${date(p)}`,
    formatMaximum: (p) => `თარიღი უნდა იყოს არაუგვიანეს ${date(p)}`,
    formatExclusiveMinimum: (p) => `თარიღი უნდა იყოს ${date(p)}-ის შემდეგ`,
    formatExclusiveMaximum: (p) => `თარიღი უნდა იყოს ${date(p)}-მდე`,
    minimum: (p) => `მნიშვნელობა უნდა იყოს არანაკლებ ${limit(p)}`,
    maximum: (p) => `მნიშვნელობა უნდა იყოს არაუმეტეს ${limit(p)}`,
    exclusiveMinimum: (p) => `მნიშვნელობა უნდა იყოს ${limit(p)}-ზე მეტი`,
    exclusiveMaximum: (p) => `მნიშვნელობა უნდა იყოს ${limit(p)}-ზე ნაკლები`,
    multipleOf: (p) => `მნიშვნელობა უნდა იყოს ${String(p.multipleOf)}-ის ჯერადი`,
    minItems: (p) => `დაამატეთ ან აირჩიეთ მინიმუმ ${limit(p)} ელემენტი`,
    maxItems: (p) => `დაამატეთ ან აირჩიეთ მაქსიმუმ ${limit(p)} ელემენტი`,
    items: (p) => `დაამატეთ მაქსიმუმ ${limit(p)} ელემენტი`,
    uniqueItems: () => 'ელემენტები არ უნდა მეორდებოდეს',
    contains: () => 'სიას აკლია სავალდებულო ელემენტი',
    minProperties: (p) => `შეავსეთ მინიმუმ ${limit(p)} ველი`,
    maxProperties: (p) => `შეავსეთ მაქსიმუმ ${limit(p)} ველი`,
    additionalProperties: (p) => `გაუთვალისწინებელი ველი „${String(p.additionalProperty)}“`,
    unevaluatedProperties: (p) => `გაუთვალისწინებელი ველი „${String(p.unevaluatedProperty)}“`,
    unevaluatedItems: (p) => `დაამატეთ მაქსიმუმ ${String(p.len)} ელემენტი`,
    propertyNames: (p) => `ველის სახელი „${String(p.propertyName)}“ დაუშვებელია`,
    anyOf: () => 'მნიშვნელობა არ შეესაბამება არცერთ დასაშვებ ვარიანტს',
    oneOf: () => 'მნიშვნელობა უნდა შეესაბამებოდეს ზუსტად ერთ დასაშვებ ვარიანტს',
    not: () => 'ეს მნიშვნელობა დაუშვებელია',
    'false schema': () => 'ეს ველი აქ დაუშვებელია',
  },
};
