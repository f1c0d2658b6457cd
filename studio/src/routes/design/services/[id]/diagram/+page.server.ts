// The diagram diff of two published versions (by default the last two): the
// elements and form fields that changed, and both diagrams to mark them on.
import { error } from '@sveltejs/kit';
import type { DiagramDiff } from '$lib/api/generated/diagram-diff.ts';
import type { ServiceVersion } from '$lib/api/generated/service-version.ts';
import { api } from '$lib/server/api.ts';
import type { PageServerLoad } from './$types';

const VERSION = /^[1-9][0-9]{0,8}$/;

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const id = encodeURIComponent(event.params.id);
  const versions = await api<{ items: Omit<ServiceVersion, 'definition'>[] }>(
    event,
    `/api/services/${id}/versions`,
  );
  if (!versions.ok) error(versions.problem.status, versions.problem.title);
  const numbers = versions.data.items.map((v) => v.version);
  const latest = numbers.at(-1) ?? 1;
  const pick = (name: string, fallback: number) => {
    const value = event.url.searchParams.get(name);
    return value && VERSION.test(value) ? Number(value) : fallback;
  };
  const from = pick('from', Math.max(1, latest - 1));
  const to = pick('to', latest);
  const diff = await api<DiagramDiff>(
    event,
    `/api/services/${id}/diagram-diff?from=${from}&to=${to}`,
  );
  if (!diff.ok) error(diff.problem.status, diff.problem.title);
  return { id: event.params.id, versions: numbers, diff: diff.data };
};
