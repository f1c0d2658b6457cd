// The standalone validator of one form of a published version, as a module
// of this origin (the CSP forbids compiling schemas in the browser). A
// version never changes, so neither does its module.
import { error } from '@sveltejs/kit';
import { formFileOf } from '$lib/clerk/form-file.ts';
import { requireClerk } from '$lib/clerk/require-clerk.ts';
import { loadDefinition } from '$lib/clerk/task.server.ts';
import { moduleCode, validatorModule } from '$lib/server/validator-modules.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
  requireClerk(event);
  const { serviceId, version, formKey } = event.params;
  if (!/^[1-9]\d{0,8}$/.test(version)) error(404, 'not found');
  const definition = await loadDefinition(event, serviceId, Number(version));
  const form = formFileOf(definition, formKey);
  if (!form) error(404, 'not found');
  const module = await validatorModule(form);
  const code = module.ok ? moduleCode(module.hash) : undefined;
  if (!code) error(500, 'no validator');
  return new Response(code, {
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'private, max-age=86400, immutable',
    },
  });
};
