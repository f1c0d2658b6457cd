// A service's published versions and, on request, the diff between two of
// them (or a version and the draft).
import { error } from '@sveltejs/kit';
import type { BundleDiff } from '$lib/api/generated/bundle-diff.ts';
import type { ServiceVersion } from '$lib/api/generated/service-version.ts';
import { api } from '$lib/server/api.ts';
import type { PageServerLoad } from './$types';

type VersionRow = Omit<ServiceVersion, 'definition'>;

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const id = encodeURIComponent(event.params.id);
  const versions = await api<{ items: VersionRow[] }>(event, `/api/services/${id}/versions`);
  if (!versions.ok) error(versions.problem.status, versions.problem.title);
  const from = event.url.searchParams.get('from');
  const to = event.url.searchParams.get('to');
  let diff: BundleDiff | null = null;
  let diffError = '';
  if (from && to) {
    const query = new URLSearchParams({ from, to });
    const result = await api<BundleDiff>(event, `/api/services/${id}/diff?${query}`);
    if (result.ok) diff = result.data;
    else diffError = result.problem.title;
  }
  return { id: event.params.id, versions: versions.data.items, from, to, diff, diffError };
};
