// The inbox over the task projection: open and claimed tasks offered to the
// caller's roles in the current tenant, or assigned to the caller; one queue
// (role), one service, or only the overdue ones. Supervisors may list every
// open task of the tenant (scope=tenant), which the overdue view does.
import { and, eq, or, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { CASE_SUPERVISORS } from '../../auth/permissions.ts';
import { compileRead } from '../../db/compiled-read.ts';
import { ROLES, type Task as TaskRow, tasks, users } from '../../db/schema/index.ts';
import { readAsTenant, withTenant } from '../../db/tenant.ts';
import type { InboxQuery } from '../../generated/inbox-query.ts';
import type { Task } from '../../generated/task.ts';
import type { AppDeps, AppEnv, AuthState } from '../env.ts';
import { jsonContent, jsonSchema, validQuery } from '../json-schema.ts';
import { authOf } from '../middleware/session.ts';
import { ProblemError } from '../problem.ts';
import inboxQuerySchema from '../schemas/inbox-query.schema.json' with { type: 'json' };
import taskSchema from '../schemas/task.schema.json' with { type: 'json' };
import { decodeCursor, encodeCursor } from './cursor.ts';
import { problemResponses } from './openapi-common.ts';
import { notFound, uuidParam } from './route-helpers.ts';

const Query = jsonSchema<InboxQuery>(inboxQuerySchema);
const TaskBody = jsonSchema<Task>(taskSchema);
const ListBody = jsonSchema<{ items: Task[]; next: string | null }>({
  type: 'object',
  required: ['items', 'next'],
  properties: { items: { type: 'array', items: taskSchema }, next: { type: ['string', 'null'] } },
});

// Tasks without a due date sort last (tasks.inboxDue); a cursor names them by
// the same stand-in date.
const NO_DUE = '9999-12-31T00:00:00.000Z';

/** The columns a task's API shape is made of. */
const TASK_FIELDS = {
  id: tasks.id,
  caseId: tasks.caseId,
  nodeId: tasks.nodeId,
  formKey: tasks.formKey,
  candidateRoles: tasks.candidateRoles,
  assigneeId: tasks.assigneeId,
  status: tasks.status,
  createdAt: tasks.createdAt,
  dueAt: tasks.dueAt,
  titleKa: tasks.titleKa,
  titleEn: tasks.titleEn,
};

export function toTask(t: Pick<TaskRow, keyof typeof TASK_FIELDS>): Task {
  return {
    id: t.id,
    caseId: t.caseId,
    nodeId: t.nodeId,
    formKey: t.formKey,
    candidateRoles: t.candidateRoles as Task['candidateRoles'],
    assigneeId: t.assigneeId,
    status: t.status,
    createdAt: t.createdAt.toISOString(),
    dueAt: t.dueAt?.toISOString() ?? null,
    title: t.titleKa && t.titleEn ? { ka: t.titleKa, en: t.titleEn } : null,
  };
}

/** Which inbox a request asks for; each shape is compiled once, on first use. */
interface InboxShape {
  scope: 'mine' | 'offered' | 'tenant';
  paged: boolean;
  role: boolean;
  service: boolean;
  overdue: boolean;
}

/**
 * The status test is spelled as the partial index's predicate, not as
 * parameters, so that PostgreSQL's generic plan for the prepared statement
 * can still use that index.
 */
function inboxRead(shape: InboxShape) {
  const p = sql.placeholder;
  const qb = new QueryBuilder();
  const mineOnly = eq(tasks.assigneeId, p('userId'));
  const scope = {
    mine: mineOnly,
    offered: or(sql`${tasks.candidateRoles} && ${p('roles')}::text[]`, mineOnly),
    tenant: undefined,
  }[shape.scope];
  // The page is cut from the inbox index first and only then joined to the
  // few assignees: joining before the limit made PostgreSQL read the tenant's
  // every task. The case's number and service are the task's own columns.
  const page = qb
    .select({
      ...TASK_FIELDS,
      caseNumber: tasks.caseNumber,
      serviceId: tasks.serviceId,
      inboxDue: tasks.inboxDue,
    })
    .from(tasks)
    .where(
      and(
        sql`${tasks.status} IN ('open', 'claimed')`,
        scope,
        shape.role ? sql`${tasks.candidateRoles} && ARRAY[${p('role')}]::text[]` : undefined,
        shape.service ? eq(tasks.serviceId, p('serviceId')) : undefined,
        shape.overdue ? sql`${tasks.dueAt} < ${p('now')}::timestamptz` : undefined,
        shape.paged
          ? sql`(${tasks.inboxDue}, ${tasks.id}) > (${p('afterDue')}::timestamptz, ${p('afterId')}::uuid)`
          : undefined,
      ),
    )
    .orderBy(tasks.inboxDue, tasks.id)
    .limit(p('limit'))
    .as('page');
  return compileRead(
    qb
      .select({
        id: page.id,
        caseId: page.caseId,
        nodeId: page.nodeId,
        formKey: page.formKey,
        candidateRoles: page.candidateRoles,
        assigneeId: page.assigneeId,
        status: page.status,
        createdAt: page.createdAt,
        dueAt: page.dueAt,
        titleKa: page.titleKa,
        titleEn: page.titleEn,
        caseNumber: page.caseNumber,
        serviceId: page.serviceId,
        assigneeName: users.displayName,
      })
      .from(page)
      .leftJoin(users, eq(users.id, page.assigneeId))
      .orderBy(page.inboxDue, page.id),
  );
}

const inboxReads = new Map<string, ReturnType<typeof inboxRead>>();
function inboxReadFor(shape: InboxShape) {
  const key = JSON.stringify(shape);
  const known = inboxReads.get(key);
  if (known) return known;
  const read = inboxRead(shape);
  inboxReads.set(key, read);
  return read;
}

function offeredTo(auth: AuthState) {
  // Role names are a closed set (checked again here), so they can be spelled into the SQL.
  const names = auth.roles.filter((r) => ROLES.includes(r)).map((r) => `'${r}'`);
  const roles = sql.raw(`ARRAY[${names.join(',')}]::text[]`);
  return or(sql`${tasks.candidateRoles} && ${roles}`, eq(tasks.assigneeId, auth.user.id));
}

export function taskRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();

  app.get(
    '/api/tasks',
    describeRoute({
      tags: ['tasks'],
      summary:
        'The inbox, by queue (role), service and overdue; every open task of the tenant for supervisors (scope=tenant)',
      responses: {
        200: jsonContent(ListBody, 'A page of tasks, soonest due first'),
        ...problemResponses(401, 403, 422),
      },
    }),
    validQuery(Query),
    async (c) => {
      const auth = authOf(c);
      if (!auth.roles.length) throw new ProblemError(403, 'auth.forbidden');
      const q = c.req.valid('query');
      const wholeTenant = q.scope === 'tenant';
      if (wholeTenant && !auth.roles.some((r) => CASE_SUPERVISORS.includes(r)))
        throw new ProblemError(403, 'auth.forbidden');
      const limit = Number(q.limit ?? 50);
      const after = decodeCursor(q.cursor);
      const read = inboxReadFor({
        scope: q.mine === 'true' ? 'mine' : wholeTenant ? 'tenant' : 'offered',
        paged: Boolean(after),
        role: Boolean(q.role),
        service: Boolean(q.serviceId),
        overdue: q.overdue === 'true',
      });
      const rows = await readAsTenant(deps.database, auth.tenantId, read, {
        userId: auth.user.id,
        roles: auth.roles,
        role: q.role,
        serviceId: q.serviceId,
        now: deps.now().toISOString(),
        afterDue: after?.[0],
        afterId: after?.[1],
        limit,
      });
      const last = rows.at(-1);
      const next =
        rows.length === limit && last
          ? encodeCursor([last.dueAt?.toISOString() ?? NO_DUE, last.id])
          : null;
      const items = rows.map((r) => ({
        ...toTask(r),
        caseNumber: r.caseNumber,
        serviceId: r.serviceId,
        assigneeName: r.assigneeName,
      }));
      return c.json({ items, next });
    },
  );

  app.get(
    '/api/tasks/:taskId',
    describeRoute({
      tags: ['tasks'],
      summary: 'One task offered to or assigned to the caller',
      responses: { 200: jsonContent(TaskBody, 'The task'), ...problemResponses(401, 404) },
    }),
    async (c) => {
      const auth = authOf(c);
      const id = uuidParam(c.req.param('taskId'));
      const [row] = await withTenant(db, auth.tenantId, (tx) =>
        tx
          .select()
          .from(tasks)
          .where(and(eq(tasks.id, id), offeredTo(auth))),
      );
      if (!row) throw notFound();
      return c.json(toTask(row));
    },
  );

  return app;
}
