import { error } from '@sveltejs/kit';
import { requireSection } from '$lib/server/require-section.ts';
import { moduleCode } from '$lib/server/validator-modules.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
  requireSection(event);
  const code = moduleCode(event.params.hash.replace(/\.js$/, ''));
  if (!code) error(404, 'not found');
  return new Response(code, {
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'private, max-age=3600, immutable',
    },
  });
};
