// The check a form passes when it is saved or published: caps first (so
// nothing large or deep reaches ajv), then the form-file schema, then the
// UI/schema agreement, the patterns, and ajv's strict compilation.
import { createAjv } from '../compile/ajv.ts';
import type { FormFile } from '../generated/form-file.ts';
import { message } from '../messages/message.ts';
import formFileSchema from '../schema/form-file.schema.json' with { type: 'json' };
import type { FormCheck, FormDiagnostic } from './diagnostic.ts';
import { checkLimits, formSchemas } from './limits.ts';
import { checkPatterns } from './patterns.ts';
import { checkSemantics } from './semantics.ts';

let validateFile: ReturnType<ReturnType<typeof createAjv>['compile']> | undefined;

function fileIssues(form: unknown): FormDiagnostic[] {
  validateFile ??= createAjv().compile(formFileSchema);
  if (validateFile(form)) return [];
  return (validateFile.errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      const missing = e.keyword === 'required' ? `/${String(e.params.missingProperty)}` : '';
      return {
        code: 'FORM_FILE_INVALID',
        path: `${e.instancePath}${missing}`,
        message: {
          ka: message(e.keyword, e.params, 'ka'),
          en: message(e.keyword, e.params, 'en'),
        },
      };
    });
}

function strictCompile(form: FormFile): FormDiagnostic[] {
  const ajv = createAjv();
  const out: FormDiagnostic[] = [];
  for (const { schema, path } of formSchemas(form)) {
    try {
      ajv.compile(schema as object);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      out.push({
        code: 'SCHEMA_INVALID',
        path,
        message: { ka: `სქემა არასწორია: ${reason}`, en: `The schema is invalid: ${reason}` },
      });
    }
  }
  return out;
}

export function checkForm(form: unknown): FormCheck {
  const steps = [
    () => checkLimits(form),
    () => fileIssues(form),
    () => checkSemantics(form as FormFile),
    () => checkPatterns(form as FormFile),
    () => strictCompile(form as FormFile),
  ];
  for (const step of steps) {
    const diagnostics = step();
    if (diagnostics.length > 0) return { ok: false, diagnostics };
  }
  return { ok: true };
}
