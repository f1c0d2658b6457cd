// Case search and case detail over the projection, within the session's
// tenant. Opening cases and acting on them arrive with the workflows.
import { and, desc, eq, getTableColumns, gte, lt, lte, or, type SQL } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { CASE_READERS } from '../../auth/permissions.ts';
import { type Case, cases } from '../../db/schema/index.ts';
import { withTenant } from '../../db/tenant.ts';
import type { CaseSearchQuery } from '../../generated/case-search-query.ts';
import type { CaseSummary } from '../../generated/case-summary.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema, validQuery } from '../json-schema.ts';
import { authOf, requireRole } from '../middleware/session.ts';
import querySchema from '../schemas/case-search-query.schema.json' with { type: 'json' };
import summarySchema from '../schemas/case-summary.schema.json' with { type: 'json' };
import { decodeCursor, encodeCursor } from './cursor.ts';
import { problemResponses } from './openapi-common.ts';
import { notFound, uuidParam } from './route-helpers.ts';

const Query = jsonSchema<CaseSearchQuery>(querySchema);
const ListBody = jsonSchema<{ items: CaseSummary[]; next: string | null }>({
  type: 'object',
  required: ['items', 'next'],
  properties: {
    items: { type: 'array', items: summarySchema },
    next: { type: ['string', 'null'] },
  },
});
const DetailBody = jsonSchema<CaseSummary & { data: Record<string, unknown> }>({
  ...summarySchema,
  required: [...summarySchema.required, 'data'],
  properties: { ...summarySchema.properties, data: { type: 'object' } },
});

function summary(c: Omit<Case, 'tenantId' | 'data'>): CaseSummary {
  return {
    id: c.id,
    serviceId: c.serviceId,
    serviceVersion: c.serviceVersion,
    status: c.status,
    applicantPersonalNumber: c.applicantPersonalNumber,
    currentSteps: c.currentSteps,
    openedAt: c.openedAt.toISOString(),
    closedAt: c.closedAt?.toISOString() ?? null,
    dueAt: c.dueAt?.toISOString() ?? null,
  };
}

export function caseRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();
  const readers = requireRole(...CASE_READERS);

  app.get(
    '/api/cases',
    describeRoute({
      tags: ['cases'],
      summary: 'Search cases by service, status, opening date and personal number',
      responses: {
        200: jsonContent(ListBody, 'A page of cases, newest first'),
        ...problemResponses(401, 403, 422),
      },
    }),
    readers,
    validQuery(Query),
    async (c) => {
      const q = c.req.valid('query');
      const limit = Number(q.limit ?? 50);
      const after = decodeCursor(q.cursor);
      const filters: (SQL | undefined)[] = [
        q.serviceId ? eq(cases.serviceId, q.serviceId) : undefined,
        q.status ? eq(cases.status, q.status) : undefined,
        q.openedFrom ? gte(cases.openedAt, new Date(q.openedFrom)) : undefined,
        q.openedTo ? lte(cases.openedAt, new Date(q.openedTo)) : undefined,
        q.personalNumber ? eq(cases.applicantPersonalNumber, q.personalNumber) : undefined,
        after
          ? or(
              lt(cases.openedAt, new Date(after[0])),
              and(eq(cases.openedAt, new Date(after[0])), lt(cases.id, after[1])),
            )
          : undefined,
      ];
      const { data: _data, tenantId: _tenant, ...columns } = getTableColumns(cases);
      const rows = await withTenant(db, authOf(c).tenantId, (tx) =>
        tx
          .select(columns)
          .from(cases)
          .where(and(...filters))
          .orderBy(desc(cases.openedAt), desc(cases.id))
          .limit(limit),
      );
      const last = rows.at(-1);
      const next =
        rows.length === limit && last ? encodeCursor([last.openedAt.toISOString(), last.id]) : null;
      return c.json({ items: rows.map(summary), next });
    },
  );

  app.get(
    '/api/cases/:caseId',
    describeRoute({
      tags: ['cases'],
      summary: 'One case with its data',
      responses: { 200: jsonContent(DetailBody, 'The case'), ...problemResponses(401, 403, 404) },
    }),
    readers,
    async (c) => {
      const id = uuidParam(c.req.param('caseId'));
      const [row] = await withTenant(db, authOf(c).tenantId, (tx) =>
        tx.select().from(cases).where(eq(cases.id, id)),
      );
      if (!row) throw notFound();
      return c.json({ ...summary(row), data: row.data as Record<string, unknown> });
    },
  );

  return app;
}
