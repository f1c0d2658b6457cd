// The props every widget receives from Field.svelte.
import type { FieldUi } from '../generated/form-file.ts';
import type { Locale } from '../messages/catalogue.ts';

export interface FieldProps {
  /** Dotted name, the HTML `name` of the input. */
  name: string;
  /** The id of the (first) input: labels, error-summary links and aria point at it. */
  id: string;
  ui: FieldUi;
  schema: Record<string, unknown>;
  /** The value when the field was mounted. */
  value: unknown;
  required: boolean;
  errors: string[];
  /** Ids of the help and error texts, for aria-describedby. */
  describedBy: string | undefined;
  locale: Locale;
}
