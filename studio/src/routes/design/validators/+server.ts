// POST a form file; get the URL of its standalone validator module, or the
// form's problems (422) when it cannot be one.
import { error, json } from '@sveltejs/kit';
import { requireSection } from '$lib/server/require-section.ts';
import { validatorModule } from '$lib/server/validator-modules.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
  requireSection(event);
  const body = (await event.request.json().catch(() => undefined)) as
    | { form?: unknown }
    | undefined;
  if (!body?.form) error(400, 'form expected');
  const result = await validatorModule(body.form);
  if (!result.ok) return json({ diagnostics: result.diagnostics }, { status: 422 });
  return json({ url: `/design/validators/${result.hash}.js` });
};
