// Generated from forms/src/schema/form-file.schema.json by scripts/codegen.ts. Do not edit: change the schema and run `pnpm codegen`.

export type Id = string;
export type Widget =
  | 'text'
  | 'textarea'
  | 'number'
  | 'date'
  | 'select'
  | 'radio'
  | 'checkbox'
  | 'multi-select'
  | 'personal-number'
  | 'phone'
  | 'email'
  | 'file'
  | 'repeatable-group';

/**
 * A form: JSON Schema 2020-12 for its data and a UI schema for layout, widgets, ka/en texts and conditions.
 */
export interface FormFile {
  $schema?: string;
  schemaVersion: 1;
  id?: string;
  title?: Localized;
  /**
   * JSON Schema 2020-12 of the submitted data: an object whose properties are the form's fields.
   */
  schema: {
    type: 'object';
    properties: {
      [k: string]: unknown;
    };
    [k: string]: unknown;
  };
  ui: FormUi;
}
export interface Localized {
  ka: string;
  en: string;
}
export interface FormUi {
  /**
   * @minItems 1
   */
  steps?: [Step, ...Step[]];
  /**
   * @minItems 1
   */
  sections?: [Section, ...Section[]];
  fields: {
    [k: string]: FieldUi;
  };
}
export interface Step {
  id: Id;
  title: Localized;
  /**
   * @minItems 1
   */
  sections: [Section, ...Section[]];
}
export interface Section {
  id: Id;
  title: Localized;
  description?: Localized;
  /**
   * @minItems 1
   */
  fields: [string, ...string[]];
}
export interface FieldUi {
  widget: Widget;
  label: Localized;
  help?: Localized;
  placeholder?: Localized;
  /**
   * Labels of the schema's enum values, keyed by value.
   */
  options?: {
    [k: string]: Localized;
  };
  visibleWhen?: Condition;
  requiredWhen?: Condition;
  rows?: number;
  /**
   * Media types a file upload offers to pick.
   */
  accept?: string[];
  addLabel?: Localized;
  /**
   * Fields of each item of a repeatable group, in display order.
   */
  fields?: {
    [k: string]: FieldUi;
  };
}
/**
 * A FEEL expression over the field's scope (the form data, or the item of a repeatable group, with the whole form as `root`), or a JSON Schema that the scope must match.
 */
export interface Condition {
  feel?: string;
  schema?:
    | {
        [k: string]: unknown;
      }
    | boolean;
}
