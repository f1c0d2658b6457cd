// Public API of @saqme/forms: JSON-Schema forms with ka/en validation,
// conditions, save-time checks and standalone browser validators.
export { createAjv } from './compile/ajv.ts';
export { compileForm } from './compile/compile-form.ts';
export { buildPlan, fieldOrder, type Plan, type PlanField } from './compile/plan.ts';
export { fieldId, fieldName, INTENT, nameOf, pointerOf } from './form-data/field-names.ts';
export {
  applyIntent,
  fromFormData,
  type Intent,
  parseIntent,
  type Submission,
} from './form-data/from-form-data.ts';
export { readSubmission, type SubmissionOutcome } from './form-data/read-submission.ts';
export { formatNames, formats } from './formats/formats.ts';
export {
  fromDisplayDate,
  normalizePhone,
  personalNumber,
  phone,
  postalCode,
  toDisplayDate,
} from './formats/georgian.ts';
export type * from './generated/form-file.ts';
export { type Catalogue, errorKeywords, type Locale } from './messages/catalogue.ts';
export { catalogues, message } from './messages/message.ts';
export { checkForm } from './safety/check-form.ts';
export type { FormCheck, FormDiagnostic } from './safety/diagnostic.ts';
export { limits } from './safety/limits.ts';
export { allowedKeywords } from './safety/schema-walk.ts';
export type {
  FieldStates,
  FormValidator,
  Issue,
  ValidateOptions,
  ValidationResult,
} from './validate/result.ts';
export { formValidator, validate } from './validate/validate.ts';
