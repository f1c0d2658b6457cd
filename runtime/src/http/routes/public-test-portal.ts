// Test wiring for the public routes: an identity provider that reads the
// applicant from a test header (so a test can be two different citizens),
// procedures that only record what was started, and the app over a harness.
import type { ProcedureInput } from '@saqme/workflows';
import { BASE, createHarness, type Harness } from '../../../test/harness.ts';
import { builtInCatalogue } from '../../actions/built-in.ts';
import type { Procedures } from '../../cases/procedures.ts';
import type { Database } from '../../db/client.ts';
import type { Citizen, CitizenIdentity } from '../../identity/citizen-identity.ts';
import { type CitizenPortal, citizenPortal } from '../../identity/citizen-portal.ts';
import { publishExamples } from '../../seed/examples.ts';
import { createApp } from '../app.ts';

export const CITIZENS: Record<string, Citizen> = {
  '01024051234': {
    personalNumber: '01024051234',
    firstName: 'ნინო',
    lastName: 'ბერიძე',
    demo: false,
  },
  '01017045566': {
    personalNumber: '01017045566',
    firstName: 'დავით',
    lastName: 'გელაშვილი',
    demo: false,
  },
};

/** The citizen named by X-Test-Citizen; none without it. */
export const headerIdentity: CitizenIdentity = {
  kind: 'test',
  async resolve(request) {
    const citizen = CITIZENS[request.headers.get('X-Test-Citizen') ?? ''];
    return citizen
      ? { ok: true, citizen }
      : { ok: false, refusal: { code: 'public.identity-required', signInUrl: '/eid/login' } };
  },
};

export interface PublicHarness extends Harness {
  started: ProcedureInput[];
  /** A request to the app with the public routes, as the given citizen (or nobody). */
  as(
    citizen: string | undefined,
    path: string,
    init?: RequestInit & { json?: unknown },
  ): Promise<Response>;
}

export async function publicHarness(
  database: Database,
  portal: Partial<CitizenPortal> = {},
): Promise<PublicHarness> {
  const started: ProcedureInput[] = [];
  const procedures = {
    start: async (input: ProcedureInput) => void started.push(input),
  } as unknown as Procedures;
  const h = await createHarness(database, { procedures });
  await publishExamples(database.db, { tenantId: 'central', actions: builtInCatalogue() });
  const app = createApp(h.deps, {
    citizens: citizenPortal({ identity: headerIdentity, ...portal }),
  });
  return {
    ...h,
    started,
    async as(citizen, path, init = {}) {
      const { json, headers, ...rest } = init;
      const hs = new Headers(headers);
      if (citizen) hs.set('X-Test-Citizen', citizen);
      if (json !== undefined) hs.set('Content-Type', 'application/json');
      if (rest.body instanceof FormData && !hs.has('Origin')) hs.set('Origin', BASE);
      return app.request(`${BASE}${path}`, {
        ...rest,
        headers: hs,
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      });
    },
  };
}
