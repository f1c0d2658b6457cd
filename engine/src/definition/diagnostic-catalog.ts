// Every diagnostic code compile() can report, with its severity and its
// message in Georgian and English. Codes are stable: tools and tests key on them.
import type { Localized } from '../expression/localized.ts';

type P = Record<string, string | number>;
type Entry = { severity: 'error' | 'warning'; ka: (p: P) => string; en: (p: P) => string };

export const catalog = {
  BUNDLE_FILE_MISSING: {
    severity: 'error',
    ka: (p) => `ფაილი ${p.file} არ არის პაკეტში`,
    en: (p) => `The bundle has no ${p.file}`,
  },
  BUNDLE_LIMIT: {
    severity: 'error',
    ka: (p) => `პაკეტი აჭარბებს ზღვარს: ${p.limit}`,
    en: (p) => `The bundle exceeds a limit: ${p.limit}`,
  },
  BUNDLE_UNKNOWN_FILE: {
    severity: 'warning',
    ka: (p) => `ფაილი ${p.file} პაკეტის ფორმატს არ ეკუთვნის და იგნორირებულია`,
    en: (p) => `${p.file} is not part of the bundle format and is ignored`,
  },
  JSON_SYNTAX: {
    severity: 'error',
    ka: (p) => `არასწორი JSON: ${p.detail}`,
    en: (p) => `Invalid JSON: ${p.detail}`,
  },
  SCHEMA_VIOLATION: {
    severity: 'error',
    ka: (p) => `ფაილი არ შეესაბამება სქემას (${p.keyword}): ${p.detail}`,
    en: (p) => `The file does not match its schema (${p.keyword}): ${p.detail}`,
  },
  BPMN_XML_INVALID: {
    severity: 'error',
    ka: (p) => `BPMN ფაილის წაკითხვა ვერ მოხერხდა: ${p.detail}`,
    en: (p) => `The BPMN file cannot be read: ${p.detail}`,
  },
  BPMN_XML_WARNING: {
    severity: 'warning',
    ka: (p) => `BPMN ფაილის გაფრთხილება: ${p.detail}`,
    en: (p) => `BPMN reader warning: ${p.detail}`,
  },
  BPMN_LIMIT: {
    severity: 'error',
    ka: (p) => `BPMN ფაილი აჭარბებს ზღვარს: ${p.limit}`,
    en: (p) => `The BPMN file exceeds a limit: ${p.limit}`,
  },
  BPMN_NO_PROCESS: {
    severity: 'error',
    ka: () => 'BPMN ფაილში პროცესი ვერ მოიძებნა',
    en: () => 'The BPMN file contains no process',
  },
  BPMN_MULTIPLE_PROCESSES: {
    severity: 'error',
    ka: () => 'BPMN ფაილში ერთზე მეტი შესრულებადი პროცესია',
    en: () => 'The BPMN file contains more than one executable process',
  },
  BPMN_UNSUPPORTED_ELEMENT: {
    severity: 'error',
    ka: (p) =>
      `ელემენტი ${p.id} (${p.type}) არ არის მხარდაჭერილი. შესაძლებელია: საწყისი და დასრულების მოვლენა (განსაზღვრების გარეშე), მომხმარებლის, სერვისის და მიღების ამოცანა (receiveTask), ქვესერვისის გამოძახება, გამომრიცხავი და პარალელური გადამრთველი, შუალედური ტაიმერი და შეტყობინება, სასაზღვრო ტაიმერი, შეცდომა და კომპენსაცია, შეცდომის დასრულების მოვლენა`,
    en: (p) =>
      `Element ${p.id} (${p.type}) is not supported. Supported: start and end events (without event definitions), user, service and receive tasks, call activities, exclusive and parallel gateways, intermediate timer and message catch events, boundary timer, error and compensation events, error end events`,
  },
  START_EVENT_COUNT: {
    severity: 'error',
    ka: (p) => `პროცესს უნდა ჰქონდეს ზუსტად ერთი საწყისი მოვლენა, აქვს ${p.count}`,
    en: (p) => `The process needs exactly one start event, it has ${p.count}`,
  },
  NODE_UNREACHABLE: {
    severity: 'error',
    ka: (p) => `ელემენტი ${p.id} მიუწვდომელია საწყისი მოვლენიდან`,
    en: (p) => `Element ${p.id} cannot be reached from the start event`,
  },
  NODE_NO_PATH_TO_END: {
    severity: 'error',
    ka: (p) => `ელემენტიდან ${p.id} დასასრულამდე გზა არ არსებობს`,
    en: (p) => `There is no path from element ${p.id} to an end event`,
  },
  NODE_NO_OUTGOING: {
    severity: 'error',
    ka: (p) => `ელემენტს ${p.id} გამავალი ნაკადი არ აქვს`,
    en: (p) => `Element ${p.id} has no outgoing flow`,
  },
  PARALLEL_JOIN_WITHOUT_FORK: {
    severity: 'error',
    ka: (p) => `პარალელურ შეერთებას ${p.id} არ აქვს შესაბამისი განშტოება`,
    en: (p) => `Parallel join ${p.id} has no matching parallel fork`,
  },
  PARALLEL_JOIN_DEADLOCK: {
    severity: 'error',
    ka: (p) =>
      `პარალელური შეერთება ${p.id} შეიძლება გაიჭედოს: მის შესასვლელებს ${p.split}-ზე გაკეთებული არჩევანი განსაზღვრავს (ექსკლუზიური განშტოება ან სასაზღვრო მოვლენა)`,
    en: (p) =>
      `Parallel join ${p.id} may deadlock: its inputs depend on a choice at ${p.split} (an exclusive gateway or a boundary event)`,
  },
  GATEWAY_NO_DEFAULT: {
    severity: 'error',
    ka: (p) =>
      `ექსკლუზიური განშტოების ${p.id} ყველა პირობა შეიძლება მცდარი იყოს და ნაგულისხმევი ნაკადი არ აქვს`,
    en: (p) =>
      `All conditions of exclusive gateway ${p.id} can be false and it has no default flow`,
  },
  FLOW_CONDITION_MISSING: {
    severity: 'error',
    ka: (p) => `ექსკლუზიური განშტოების ნაკადს ${p.id} პირობა არ აქვს და ნაგულისხმევიც არ არის`,
    en: (p) =>
      `Flow ${p.id} leaves an exclusive gateway without a condition and is not the default`,
  },
  FLOW_CONDITION_IGNORED: {
    severity: 'warning',
    ka: (p) => `ნაკადის ${p.id} პირობა იგნორირებულია: ის ექსკლუზიური განშტოებიდან არ გამოდის`,
    en: (p) => `The condition on flow ${p.id} is ignored: it does not leave an exclusive gateway`,
  },
  USER_TASK_NO_FORM: {
    severity: 'error',
    ka: (p) => `მომხმარებლის ამოცანას ${p.id} ფორმა არ აქვს`,
    en: (p) => `User task ${p.id} has no form`,
  },
  USER_TASK_NO_ROLE: {
    severity: 'error',
    ka: (p) => `მომხმარებლის ამოცანას ${p.id} როლი არ აქვს`,
    en: (p) => `User task ${p.id} has no candidate role`,
  },
  FORM_UNKNOWN: {
    severity: 'error',
    ka: (p) => `ფორმა "${p.name}" არ არსებობს (forms/${p.name}.form.json)`,
    en: (p) => `Form "${p.name}" does not exist (forms/${p.name}.form.json)`,
  },
  ROLE_UNKNOWN: {
    severity: 'error',
    ka: (p) => `როლი "${p.name}" service.json-ში არ არის აღწერილი`,
    en: (p) => `Role "${p.name}" is not declared in service.json`,
  },
  ACTION_MISSING: {
    severity: 'error',
    ka: (p) => `სერვისის ამოცანას ${p.id} მოქმედება არ აქვს მითითებული`,
    en: (p) => `Service task ${p.id} names no action`,
  },
  ACTION_UNKNOWN: {
    severity: 'error',
    ka: (p) => `მოქმედება "${p.name}" service.json-ში არ არის აღწერილი`,
    en: (p) => `Action "${p.name}" is not declared in service.json`,
  },
  ACTION_NOT_IN_CATALOGUE: {
    severity: 'error',
    ka: (p) => `მოქმედება "${p.name}" ამ ინსტალაციის მოქმედებების კატალოგში არ არის`,
    en: (p) => `Action "${p.name}" is not in this installation's action catalogue`,
  },
  VARIABLE_RESERVED: {
    severity: 'error',
    ka: (p) => `ცვლადის სახელი "${p.name}" დაცულია (საქმის იდენტიფიკაცია); აირჩიეთ სხვა`,
    en: (p) => `The variable name "${p.name}" is reserved for the case identity; choose another`,
  },
  FEEL_SYNTAX: {
    severity: 'error',
    ka: (p) => `FEEL შეცდომა (${p.where}): ${p.detail}`,
    en: (p) => `FEEL error (${p.where}): ${p.detail}`,
  },
  FEEL_UNKNOWN_VARIABLE: {
    severity: 'error',
    ka: (p) => `ცვლადი "${p.name}" (${p.where}) არ არსებობს`,
    en: (p) => `Variable "${p.name}" (${p.where}) is not defined`,
  },
  FEEL_UNKNOWN_FIELD: {
    severity: 'error',
    ka: (p) => `ველი "${p.name}" (${p.where}) ფორმის სქემაში არ არის`,
    en: (p) => `Field "${p.name}" (${p.where}) is not in the form's schema`,
  },
  DURATION_INVALID: {
    severity: 'error',
    ka: (p) => `"${p.value}" არ არის სწორი ISO-8601 ხანგრძლივობა ან დრო`,
    en: (p) => `"${p.value}" is not a valid ISO-8601 duration or date-time`,
  },
  DURATION_ABSURD: {
    severity: 'error',
    ka: (p) => `ხანგრძლივობა "${p.value}" დასაშვებ ზღვარს (${p.max}) აჭარბებს`,
    en: (p) => `Duration "${p.value}" is beyond the allowed maximum (${p.max})`,
  },
  TIMER_MISSING: {
    severity: 'error',
    ka: (p) => `ტაიმერს ${p.id} ხანგრძლივობა ან თარიღი არ აქვს`,
    en: (p) => `Timer ${p.id} has no duration or date`,
  },
  MESSAGE_MISSING: {
    severity: 'error',
    ka: (p) => `შეტყობინების მოვლენას ან მიღების ამოცანას ${p.id} შეტყობინების სახელი არ აქვს`,
    en: (p) => `Message event or receive task ${p.id} names no message`,
  },
  BOUNDARY_ERROR_TARGET: {
    severity: 'error',
    ka: (p) =>
      `შეცდომის სასაზღვრო მოვლენა ${p.id} მხოლოდ სერვისის ამოცანაზე ან ქვესერვისზე შეიძლება`,
    en: (p) => `Error boundary event ${p.id} must be attached to a service task or call activity`,
  },
  ERROR_END_NO_CODE: {
    severity: 'error',
    ka: (p) => `შეცდომის დასრულების მოვლენას ${p.id} შეცდომის კოდი (errorRef → errorCode) არ აქვს`,
    en: (p) => `Error end event ${p.id} names no error code (errorRef with an errorCode)`,
  },
  COMPENSATION_TARGET: {
    severity: 'error',
    ka: (p) =>
      `კომპენსაციის სასაზღვრო მოვლენა ${p.id} მხოლოდ მომხმარებლის, სერვისის ან მიღების ამოცანაზე ან ქვესერვისზე შეიძლება`,
    en: (p) =>
      `Compensation boundary event ${p.id} must be attached to a user, service or receive task or a call activity`,
  },
  COMPENSATION_NO_HANDLER: {
    severity: 'error',
    ka: (p) =>
      `კომპენსაციის სასაზღვრო მოვლენა ${p.id} ასოციაციით არცერთ დამმუშავებელ აქტივობას არ უკავშირდება`,
    en: (p) => `Compensation boundary event ${p.id} has no association to a handler activity`,
  },
  COMPENSATION_HANDLER_INVALID: {
    severity: 'error',
    ka: (p) =>
      `კომპენსაციის დამმუშავებელი ${p.id} უნდა იყოს მომხმარებლის ან სერვისის ამოცანა, მონიშნული isForCompensation-ით, მიმდევრობის ნაკადების გარეშე`,
    en: (p) =>
      `Compensation handler ${p.id} must be a user or service task marked isForCompensation, with no sequence flows`,
  },
  COMPENSATION_HANDLER_UNUSED: {
    severity: 'warning',
    ka: (p) =>
      `აქტივობა ${p.id} კომპენსაციისთვისაა მონიშნული, მაგრამ მას არცერთი კომპენსაციის სასაზღვრო მოვლენა არ უკავშირდება`,
    en: (p) =>
      `Activity ${p.id} is marked for compensation, but no compensation boundary event is associated with it`,
  },
  COMPENSATION_DUPLICATE: {
    severity: 'error',
    ka: (p) => `აქტივობას ${p.id} ერთზე მეტი კომპენსაციის სასაზღვრო მოვლენა აქვს`,
    en: (p) => `Activity ${p.id} has more than one compensation boundary event`,
  },
  CALL_NO_SERVICE: {
    severity: 'error',
    ka: (p) => `ქვესერვისის გამოძახებას ${p.id} სერვისი არ აქვს მითითებული`,
    en: (p) => `Call activity ${p.id} names no service`,
  },
  CALL_UNKNOWN_SERVICE: {
    severity: 'error',
    ka: (p) => `ქვესერვისი "${p.name}" ცნობილი არ არის`,
    en: (p) => `Sub-service "${p.name}" is not known`,
  },
  CALL_CYCLE: {
    severity: 'error',
    ka: (p) => `ქვესერვისების გამოძახება ციკლს ქმნის: ${p.cycle}`,
    en: (p) => `Call activities form a cycle: ${p.cycle}`,
  },
  END_NO_OUTCOME: {
    severity: 'warning',
    ka: (p) => `დასრულების მოვლენას ${p.id} შედეგი (gov:outcome) არ აქვს`,
    en: (p) => `End event ${p.id} has no outcome (gov:outcome)`,
  },
  SCENARIO_EXPECT_INVALID_STEP: {
    severity: 'error',
    ka: (p) =>
      `სცენარში ${p.file} expectInvalid მხოლოდ ამოცანის შესრულების (completeTask) ნაბიჯს შეიძლება ჰქონდეს, არა "${p.step}"-ს`,
    en: (p) =>
      `In scenario ${p.file}, expectInvalid belongs on a completeTask step only, not on "${p.step}"`,
  },
  SCENARIO_UNKNOWN_ELEMENT: {
    severity: 'error',
    ka: (p) => `სცენარი ${p.file} უცნობ ელემენტს (${p.id}) ეხება`,
    en: (p) => `Scenario ${p.file} refers to an unknown element (${p.id})`,
  },
  GUIDE_UNKNOWN_ELEMENT: {
    severity: 'warning',
    ka: (p) => `სახელმძღვანელო ${p.file} უცნობ ელემენტს (${p.id}) ეხება`,
    en: (p) => `Guide ${p.file} refers to an unknown element (${p.id})`,
  },
} satisfies Record<string, Entry>;

export type DiagnosticCode = keyof typeof catalog;

export function messageFor(code: DiagnosticCode, params: P): Localized {
  const entry: Entry = catalog[code];
  return { ka: entry.ka(params), en: entry.en(params) };
}
