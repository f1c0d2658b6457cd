// A start form as a citizen fills it in. Fields the identity provider
// vouches for (personal number, first and last name) are not asked: they are
// taken out of the form shown, and the runtime writes the provider's values
// into the data before validating against the full form, so nobody can apply
// in another person's name.
import type { FormFile } from '@saqme/forms';
import type { Citizen } from './citizen-identity.ts';

/** Top-level start-form fields filled from the identity, by the convention the examples follow. */
export const IDENTITY_FIELDS = {
  personalNumber: (c: Citizen) => c.personalNumber,
  firstName: (c: Citizen) => c.firstName,
  lastName: (c: Citizen) => c.lastName,
} as const;

type IdentityField = keyof typeof IDENTITY_FIELDS;
const NAMES = Object.keys(IDENTITY_FIELDS) as IdentityField[];

/** The identity fields this form has (string properties of its top level). */
export function identityFieldsOf(form: FormFile): IdentityField[] {
  const properties = (form.schema.properties ?? {}) as Record<string, { type?: unknown }>;
  return NAMES.filter((n) => properties[n]?.type === 'string');
}

interface Section {
  fields: string[];
}

/** The form without its identity fields (schema, field list, sections and steps). */
export function citizenForm(form: FormFile): FormFile {
  const drop = new Set<string>(identityFieldsOf(form));
  if (drop.size === 0) return form;
  const keep = (name: string) => !drop.has(name);
  const schema = form.schema as { properties?: Record<string, unknown>; required?: string[] };
  const prune = <S extends Section>(sections: S[]): S[] =>
    sections
      .map((s) => ({ ...s, fields: s.fields.filter(keep) }))
      .filter((s) => s.fields.length > 0);
  const ui = form.ui as FormFile['ui'] & {
    sections?: Section[];
    steps?: { sections: Section[] }[];
  };
  return {
    ...form,
    schema: {
      ...form.schema,
      properties: Object.fromEntries(
        Object.entries(schema.properties ?? {}).filter(([name]) => keep(name)),
      ),
      ...(schema.required ? { required: schema.required.filter(keep) } : {}),
    },
    ui: {
      ...ui,
      fields: Object.fromEntries(Object.entries(ui.fields).filter(([name]) => keep(name))),
      ...(ui.sections ? { sections: prune(ui.sections) } : {}),
      ...(ui.steps
        ? {
            steps: ui.steps
              .map((step) => ({ ...step, sections: prune(step.sections) }))
              .filter((step) => step.sections.length > 0),
          }
        : {}),
    },
  } as FormFile;
}

/** The posted data with the identity's values in the identity fields, whatever was sent. */
export function withIdentity(
  form: FormFile,
  data: Record<string, unknown>,
  citizen: Citizen,
): Record<string, unknown> {
  const out = { ...data };
  for (const name of identityFieldsOf(form)) out[name] = IDENTITY_FIELDS[name](citizen);
  return out;
}

/** The same for a posted multipart form: the identity's values replace any posted ones. */
export function formDataWithIdentity(
  form: FormFile,
  formData: FormData,
  citizen: Citizen,
): FormData {
  for (const name of identityFieldsOf(form)) formData.set(name, IDENTITY_FIELDS[name](citizen));
  return formData;
}
