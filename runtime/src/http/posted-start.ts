// A start form arrives as JSON `{ <key>, data }` or, from a browser without
// JavaScript, as a posted form with a `<key>` field beside the form's own
// fields. Clerks name the service this way, citizens the municipality.
import type { JsonSchema } from './json-schema.ts';
import { ProblemError } from './problem.ts';

export type PostedStart<K extends string> = Record<K, string> &
  ({ data: Record<string, unknown> } | { formData: FormData });

export async function postedStart<K extends string>(
  request: Request,
  key: K,
  pattern: RegExp,
  body: JsonSchema<Record<K, string> & { data: Record<string, unknown> }>,
): Promise<PostedStart<K>> {
  if (request.headers.get('Content-Type')?.startsWith('multipart/form-data')) {
    const formData = await request.formData().catch(() => {
      throw new ProblemError(400, 'request.malformed');
    });
    const value = String(formData.get(key) ?? '');
    formData.delete(key);
    if (!pattern.test(value))
      throw new ProblemError(422, 'request.invalid', {
        issues: [{ code: 'field.pattern', path: `/${key}` }],
      });
    return { [key]: value, formData } as PostedStart<K>;
  }
  const json = await request.json().catch(() => {
    throw new ProblemError(400, 'request.malformed');
  });
  const checked = body['~standard'].validate(json);
  if (checked.issues)
    throw new ProblemError(422, 'request.invalid', { issues: checked.issues.map((i) => i.issue) });
  return checked.value;
}
