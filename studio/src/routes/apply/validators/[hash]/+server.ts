// The standalone validator module of a public start form (see validator-modules.server.ts).
import { error } from '@sveltejs/kit';
import { publicValidatorCode } from '$lib/public/validator-modules.server.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
  const code = publicValidatorCode(params.hash.replace(/\.js$/, ''));
  if (!code) error(404, 'not found');
  return new Response(code, {
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=3600, immutable',
    },
  });
};
