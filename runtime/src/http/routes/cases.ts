// Case search and case detail over the projection, within the session's
// tenant; the detail adds open tasks, documents, the audit timeline and, while
// the case runs, the workflow's incidents.
import { and, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { CASE_READERS } from '../../auth/permissions.ts';
import { compileRead } from '../../db/compiled-read.ts';
import { auditEvents, type Case, cases, documents, tasks } from '../../db/schema/index.ts';
import { readAsTenant, withTenant } from '../../db/tenant.ts';
import type { DocumentMeta } from '../../documents/store.ts';
import type { CaseSearchQuery } from '../../generated/case-search-query.ts';
import type { CaseSummary } from '../../generated/case-summary.ts';
import type { Task } from '../../generated/task.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema, validQuery } from '../json-schema.ts';
import { authOf, requireRole } from '../middleware/session.ts';
import querySchema from '../schemas/case-search-query.schema.json' with { type: 'json' };
import summarySchema from '../schemas/case-summary.schema.json' with { type: 'json' };
import documentSchema from '../schemas/document.schema.json' with { type: 'json' };
import taskSchema from '../schemas/task.schema.json' with { type: 'json' };
import { decodeCursor, encodeCursor } from './cursor.ts';
import { problemResponses } from './openapi-common.ts';
import { notFound, uuidParam } from './route-helpers.ts';
import { toTask } from './tasks.ts';

const DOCUMENT_META = {
  id: documents.id,
  caseId: documents.caseId,
  fileName: documents.fileName,
  mediaType: documents.mediaType,
  size: documents.size,
  sha256: documents.sha256,
  uploadedAt: documents.uploadedAt,
};

const Query = jsonSchema<CaseSearchQuery>(querySchema);
const ListBody = jsonSchema<{ items: CaseSummary[]; next: string | null }>({
  type: 'object',
  required: ['items', 'next'],
  properties: {
    items: { type: 'array', items: summarySchema },
    next: { type: ['string', 'null'] },
  },
});
interface CaseDetail extends CaseSummary {
  data: Record<string, unknown>;
  outcome: string | null;
  variables: Record<string, unknown> | null;
  openTasks: Task[];
  documents: DocumentMeta[];
  incidents: unknown[];
  timeline: unknown[];
}
const DetailBody = jsonSchema<CaseDetail>({
  ...summarySchema,
  required: [...summarySchema.required, 'data', 'openTasks', 'documents', 'timeline'],
  properties: {
    ...summarySchema.properties,
    data: { type: 'object' },
    outcome: { type: ['string', 'null'] },
    variables: { type: ['object', 'null'] },
    openTasks: { type: 'array', items: taskSchema },
    documents: { type: 'array', items: documentSchema },
    incidents: {
      description: 'Actions that exhausted their retries and wait for an operator.',
      type: 'array',
      items: { type: 'object' },
    },
    timeline: {
      description:
        "The case's audit events in order (who did what, when); the workflow's own timeline while it runs.",
      type: 'array',
      items: { type: 'object' },
    },
  },
});

/** The columns a case summary is made of. */
const SUMMARY_FIELDS = {
  id: cases.id,
  serviceId: cases.serviceId,
  serviceVersion: cases.serviceVersion,
  number: cases.number,
  status: cases.status,
  applicantPersonalNumber: cases.applicantPersonalNumber,
  currentSteps: cases.currentSteps,
  openedAt: cases.openedAt,
  closedAt: cases.closedAt,
  dueAt: cases.dueAt,
};

/** The search's optional filters; each combination is its own compiled statement. */
const FILTERS = ['serviceId', 'status', 'openedFrom', 'openedTo', 'personalNumber', 'cursor'];

function searchRead(has: (filter: string) => boolean) {
  const p = sql.placeholder;
  return compileRead(
    new QueryBuilder()
      .select(SUMMARY_FIELDS)
      .from(cases)
      .where(
        and(
          has('serviceId') ? eq(cases.serviceId, p('serviceId')) : undefined,
          has('status') ? eq(cases.status, p('status')) : undefined,
          has('openedFrom') ? gte(cases.openedAt, p('openedFrom')) : undefined,
          has('openedTo') ? lte(cases.openedAt, p('openedTo')) : undefined,
          has('personalNumber')
            ? eq(cases.applicantPersonalNumber, p('personalNumber'))
            : undefined,
          // A row comparison, so the (…, opened_at, id) indexes bound the scan.
          has('cursor')
            ? sql`(${cases.openedAt}, ${cases.id}) < (${p('afterOpened')}::timestamptz, ${p('afterId')}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(cases.openedAt), desc(cases.id))
      .limit(p('limit')),
  );
}
type SearchRead = ReturnType<typeof searchRead>;
const searchReads = new Map<string, SearchRead>();

function searchReadFor(q: CaseSearchQuery): SearchRead {
  const present = FILTERS.filter((f) => q[f as keyof CaseSearchQuery] !== undefined);
  const key = present.join(',');
  let read = searchReads.get(key);
  if (!read) {
    read = searchRead((f) => present.includes(f));
    searchReads.set(key, read);
  }
  return read;
}

function isoInstant(value: string | undefined): string | undefined {
  return value === undefined ? undefined : new Date(value).toISOString();
}

function summary(c: Pick<Case, keyof CaseSummary | 'number'>): CaseSummary {
  return {
    id: c.id,
    serviceId: c.serviceId,
    serviceVersion: c.serviceVersion,
    number: c.number,
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
      const rows = await readAsTenant(deps.database, authOf(c).tenantId, searchReadFor(q), {
        serviceId: q.serviceId,
        status: q.status,
        openedFrom: isoInstant(q.openedFrom),
        openedTo: isoInstant(q.openedTo),
        personalNumber: q.personalNumber,
        afterOpened: isoInstant(after?.[0]),
        afterId: after?.[1],
        limit,
      });
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
      const tenantId = authOf(c).tenantId;
      const found = await withTenant(db, tenantId, async (tx) => {
        const [row] = await tx.select().from(cases).where(eq(cases.id, id));
        if (!row) return undefined;
        const open = await tx
          .select()
          .from(tasks)
          .where(and(eq(tasks.caseId, id), inArray(tasks.status, ['open', 'claimed'])))
          .orderBy(tasks.createdAt);
        const docs = await tx
          .select(DOCUMENT_META)
          .from(documents)
          .where(eq(documents.caseId, id))
          .orderBy(documents.uploadedAt);
        const events = await tx
          .select({
            seq: auditEvents.seq,
            actor: auditEvents.actor,
            type: auditEvents.type,
            payload: auditEvents.payload,
            at: auditEvents.at,
          })
          .from(auditEvents)
          .where(sql`${auditEvents.payload} ->> 'caseId' = ${id}`)
          .orderBy(auditEvents.seq);
        return { row, open, docs, events };
      });
      if (!found) throw notFound();
      const { row, open, docs, events } = found;
      // Only a case in incident needs the workflow: the projection answers the rest.
      const view = row.status === 'incident' ? await deps.procedures.state(id) : undefined;
      const detail: CaseDetail = {
        ...summary(row),
        data: row.data as Record<string, unknown>,
        outcome: row.outcome,
        variables: (row.variables ?? null) as Record<string, unknown> | null,
        openTasks: open.map(toTask),
        documents: docs.map((d) => ({ ...d, uploadedAt: d.uploadedAt.toISOString() })),
        incidents: view?.incidents ?? [],
        timeline: events.map((e) => ({ ...e, at: e.at.toISOString() })),
      };
      return c.json(detail);
    },
  );

  return app;
}
