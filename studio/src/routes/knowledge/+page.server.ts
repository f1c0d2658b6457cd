// The knowledge base: every guide page of the services this tenant runs,
// searched by words in Georgian or English. A GET form, so it works
// without script.
import { error } from '@sveltejs/kit';
import type { KnowledgeList } from '$lib/api/generated/knowledge-list.ts';
import { api } from '$lib/server/api.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const q = event.url.searchParams.get('q')?.trim() ?? '';
  const found = await api<KnowledgeList>(
    event,
    `/api/knowledge${q ? `?${new URLSearchParams({ q })}` : ''}`,
  );
  if (!found.ok && found.problem.status !== 422) error(found.problem.status, found.problem.title);
  return {
    q,
    issue: found.ok ? null : (found.problem.issues[0]?.message ?? found.problem.title),
    pages: found.ok ? found.data.items.map(({ text: _text, ...page }) => page) : [],
  };
};
