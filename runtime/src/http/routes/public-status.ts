// Following a case without an account: by its number and the status token
// issued at the start, or (signed in through the identity provider) every
// case whose applicant is the citizen. Either way the applicant sees where
// the case is and how it ended, never its data or who works on it; any
// mismatch is the same 404, so the answer tells nothing about other cases.
import type { Definition } from '@saqme/engine';
import { asc, desc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute, resolver } from 'hono-openapi';
import { definitionOfCase } from '../../cases/definitions.ts';
import type { Tx } from '../../db/client.ts';
import { type Case, cases, tenants } from '../../db/schema/index.ts';
import { withTenant } from '../../db/tenant.ts';
import type { PublicCaseStatus } from '../../generated/public-case-status.ts';
import type { PublicStatusQuery } from '../../generated/public-status-query.ts';
import type { CitizenPortal } from '../../identity/citizen-portal.ts';
import { parseStatusToken, tokenMatches } from '../../identity/status-token.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema, validJson } from '../json-schema.ts';
import { ProblemError } from '../problem.ts';
import { createRateLimiter } from '../rate-limit.ts';
import statusSchema from '../schemas/public-case-status.schema.json' with { type: 'json' };
import querySchema from '../schemas/public-status-query.schema.json' with { type: 'json' };
import { problemResponses } from './openapi-common.ts';
import { citizenOf, throttle } from './public-citizen.ts';

const Query = jsonSchema<PublicStatusQuery>(querySchema);
const StatusBody = jsonSchema<PublicCaseStatus>(statusSchema);
const ListBody = jsonSchema<{ items: PublicCaseStatus[] }>({
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: statusSchema } },
});

const STATUS: Record<Case['status'], PublicCaseStatus['status']> = {
  open: 'in-progress',
  waiting: 'in-progress',
  incident: 'in-progress',
  completed: 'completed',
  cancelled: 'cancelled',
};

type Tenant = PublicCaseStatus['tenant'];

function view(row: Case, definition: Definition | undefined, tenant: Tenant): PublicCaseStatus {
  const nameOf = (id: string) => definition?.nodes[id]?.name ?? { ka: id, en: id };
  const end = Object.values(definition?.nodes ?? {}).find(
    (n) => n.type === 'endEvent' && n.outcome === row.outcome,
  );
  return {
    number: row.number!,
    serviceId: row.serviceId,
    serviceTitle: definition?.service.title ?? { ka: row.serviceId, en: row.serviceId },
    tenant,
    status: STATUS[row.status],
    steps:
      row.status === 'completed' || row.status === 'cancelled' ? [] : row.currentSteps.map(nameOf),
    outcome: row.outcome
      ? { code: row.outcome, name: end?.name ?? { ka: row.outcome, en: row.outcome } }
      : null,
    openedAt: row.openedAt.toISOString(),
    dueAt: row.dueAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

async function statusOf(tx: Tx, row: Case, tenant: Tenant): Promise<PublicCaseStatus> {
  return view(row, await definitionOfCase(tx, row.id), tenant);
}

export function publicStatusRoutes(deps: AppDeps, portal: CitizenPortal) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();
  const limiter = createRateLimiter(portal.limits.status);
  const allTenants = () =>
    db
      .select({ id: tenants.id, nameKa: tenants.nameKa, nameEn: tenants.nameEn })
      .from(tenants)
      .orderBy(asc(tenants.id));

  app.post(
    '/api/public/status',
    describeRoute({
      tags: ['public'],
      summary: 'A case as its applicant sees it, by its number and status token',
      security: [],
      requestBody: { content: { 'application/json': { schema: resolver(Query) } } },
      responses: {
        200: jsonContent(StatusBody, 'The case'),
        ...problemResponses(404, 422, 429),
      },
    }),
    async (c, next) => {
      throttle(limiter, `client:${deps.clientAddress(c)}`);
      await next();
    },
    validJson(Query),
    async (c) => {
      const { number, token } = c.req.valid('json');
      const upper = number.toUpperCase();
      const bytes = parseStatusToken(token);
      // The token names its tenant: case numbers repeat across tenants, tokens do not.
      const tenant = bytes
        ? (await allTenants()).find((t) => tokenMatches(portal.statusKey, t.id, upper, bytes))
        : undefined;
      const found =
        tenant &&
        (await withTenant(db, tenant.id, async (tx) => {
          const [row] = await tx.select().from(cases).where(eq(cases.number, upper));
          return row ? statusOf(tx, row, tenant) : undefined;
        }));
      if (!found) throw new ProblemError(404, 'public.case-not-found');
      return c.json(found);
    },
  );

  app.get(
    '/api/public/cases',
    describeRoute({
      tags: ['public'],
      summary: "The identified citizen's own cases in every tenant, newest first",
      security: [],
      responses: {
        200: jsonContent(ListBody, 'The cases'),
        ...problemResponses(401, 429),
      },
    }),
    async (c) => {
      const citizen = await citizenOf(c, portal);
      throttle(limiter, `client:${deps.clientAddress(c)}`);
      const items: PublicCaseStatus[] = [];
      for (const tenant of await allTenants()) {
        const mine = await withTenant(db, tenant.id, async (tx) => {
          const rows = await tx
            .select()
            .from(cases)
            .where(eq(cases.applicantPersonalNumber, citizen.personalNumber))
            .orderBy(desc(cases.openedAt))
            .limit(50);
          return Promise.all(rows.filter((r) => r.number).map((r) => statusOf(tx, r, tenant)));
        });
        items.push(...mine);
      }
      items.sort((a, b) => b.openedAt.localeCompare(a.openedAt));
      return c.json({ items });
    },
  );

  return app;
}
