// Working on tasks: claim and unclaim (the caller's own), reassign
// (supervisor), complete through the workflow's completeTask Update, whose
// validator checks the form: its field errors come back as 422 and nothing
// is recorded. Completion takes JSON, or a posted form whose files are
// stored as documents of the case first. The projection row is updated at once for the caller's next
// read; the activity's later write carries the same values.

import type { FormFile } from '@saqme/forms';
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute, resolver } from 'hono-openapi';
import { CASE_SUPERVISORS, CASE_WORKERS } from '../../auth/permissions.ts';
import { definitionOfCase } from '../../cases/definitions.ts';
import { readForm, storeFormFiles } from '../../cases/form-submission.ts';
import type { Tx } from '../../db/client.ts';
import { roleGrants, type Task as TaskRow, tasks } from '../../db/schema/index.ts';
import { withTenant } from '../../db/tenant.ts';
import type { TaskComplete } from '../../generated/task-complete.ts';
import type { TaskReassign } from '../../generated/task-reassign.ts';
import type { AppDeps, AppEnv, AuthState } from '../env.ts';
import { jsonContent, jsonSchema, validJson } from '../json-schema.ts';
import { authOf, requireRole } from '../middleware/session.ts';
import { ProblemError } from '../problem.ts';
import completeSchema from '../schemas/task-complete.schema.json' with { type: 'json' };
import reassignSchema from '../schemas/task-reassign.schema.json' with { type: 'json' };
import { problemResponses } from './openapi-common.ts';
import { accepted } from './procedure-outcome.ts';
import { notFound, uuidParam } from './route-helpers.ts';

const CompleteBody = jsonSchema<TaskComplete>(completeSchema);
const ReassignBody = jsonSchema<TaskReassign>(reassignSchema);
const Outcome = jsonSchema<{ status: string; openTasks: string[] }>({
  type: 'object',
  required: ['status', 'openTasks'],
  properties: {
    status: { type: 'string' },
    openTasks: { type: 'array', items: { type: 'string' } },
  },
});

const isMultipart = (type: string | undefined) => type?.startsWith('multipart/form-data') ?? false;

async function jsonData(body: unknown): Promise<Record<string, unknown>> {
  if (body === undefined) throw new ProblemError(400, 'request.malformed');
  const checked = await CompleteBody['~standard'].validate(body);
  if (checked.issues) {
    throw new ProblemError(422, 'request.invalid', { issues: checked.issues.map((i) => i.issue) });
  }
  return checked.value.data;
}

function offered(row: TaskRow, auth: AuthState): boolean {
  return (
    row.assigneeId === auth.user.id ||
    row.candidateRoles.some((r) => auth.roles.includes(r as never))
  );
}

/** The open task if the caller may act on it; another tenant's or a closed task is not found. */
async function openTask(tx: Tx, id: string, auth: AuthState): Promise<TaskRow> {
  const [row] = await tx.select().from(tasks).where(eq(tasks.id, id));
  if (!row?.engineTaskId || (row.status !== 'open' && row.status !== 'claimed')) throw notFound();
  if (!offered(row, auth) && !auth.roles.some((r) => CASE_SUPERVISORS.includes(r)))
    throw notFound();
  return row;
}

export function taskActionRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();
  const outcomeDoc = (summary: string, extra: number[] = []) =>
    describeRoute({
      tags: ['tasks'],
      summary,
      responses: {
        200: jsonContent(Outcome, 'The case after the change'),
        ...problemResponses(401, 403, 404, 409, ...extra),
      },
    });

  /** Gives the task (already checked by openTask) to `assignee`, or back to the pool. */
  async function assign(auth: AuthState, row: TaskRow, assignee: string | null, roles?: string[]) {
    const outcome = accepted(
      await deps.procedures.reassignTask(row.caseId, {
        taskId: row.engineTaskId!,
        by: auth.user.id,
        ...(assignee ? { assignee } : {}),
        ...(roles ? { roles } : {}),
      }),
    );
    await withTenant(db, auth.tenantId, (tx) =>
      tx
        .update(tasks)
        .set({
          assigneeId: assignee,
          status: assignee ? 'claimed' : 'open',
          ...(roles ? { candidateRoles: roles } : {}),
        })
        .where(eq(tasks.id, row.id)),
    );
    return outcome;
  }

  app.post(
    '/api/tasks/:taskId/claim',
    outcomeDoc('Take a task offered to your roles'),
    requireRole(...CASE_WORKERS),
    async (c) => {
      const auth = authOf(c);
      const id = uuidParam(c.req.param('taskId'));
      const row = await withTenant(db, auth.tenantId, (tx) => openTask(tx, id, auth));
      if (!offered(row, auth)) throw notFound();
      if (row.assigneeId && row.assigneeId !== auth.user.id)
        throw new ProblemError(409, 'task.claimed-by-other');
      return c.json(await assign(auth, row, auth.user.id));
    },
  );

  app.post(
    '/api/tasks/:taskId/unclaim',
    outcomeDoc('Give a task you took back to the pool'),
    requireRole(...CASE_WORKERS),
    async (c) => {
      const auth = authOf(c);
      const id = uuidParam(c.req.param('taskId'));
      const row = await withTenant(db, auth.tenantId, (tx) => openTask(tx, id, auth));
      if (row.assigneeId !== auth.user.id) throw new ProblemError(409, 'task.not-claimed-by-you');
      return c.json(await assign(auth, row, null));
    },
  );

  app.post(
    '/api/tasks/:taskId/reassign',
    outcomeDoc('Give a task to a user of the tenant, or back to the pool (supervisor)', [422]),
    requireRole(...CASE_SUPERVISORS),
    validJson(ReassignBody),
    async (c) => {
      const auth = authOf(c);
      const id = uuidParam(c.req.param('taskId'));
      const body = c.req.valid('json');
      // The task first, so another tenant's task is a plain 404.
      const row = await withTenant(db, auth.tenantId, (tx) => openTask(tx, id, auth));
      if (body.assigneeId) {
        const grants = await withTenant(db, auth.tenantId, (tx) =>
          tx
            .select({ role: roleGrants.role })
            .from(roleGrants)
            .where(
              and(eq(roleGrants.userId, body.assigneeId!), eq(roleGrants.tenantId, auth.tenantId)),
            ),
        );
        if (!grants.length)
          throw new ProblemError(422, 'user.not-in-tenant', {
            issues: [{ code: 'user.not-in-tenant', path: '/assigneeId' }],
          });
        // The task goes only to someone who may work on it: a holder of one of its candidate roles.
        const candidates: string[] = body.roles ?? row.candidateRoles;
        if (!grants.some((g) => candidates.includes(g.role)))
          throw new ProblemError(422, 'user.not-candidate', {
            issues: [{ code: 'user.not-candidate', path: '/assigneeId' }],
          });
      }
      return c.json(await assign(auth, row, body.assigneeId ?? null, body.roles));
    },
  );

  app.post(
    '/api/tasks/:taskId/complete',
    describeRoute({
      tags: ['tasks'],
      summary:
        "Complete a task with its form's data (JSON, or a posted form whose files are stored as documents of the case); field errors come back as 422",
      requestBody: {
        content: {
          'application/json': { schema: resolver(CompleteBody) },
          'multipart/form-data': {
            schema: {
              type: 'object',
              description: "The task form's fields by name; files as parts.",
            },
          },
        },
      },
      responses: {
        200: jsonContent(Outcome, 'The case after the change'),
        ...problemResponses(401, 403, 404, 409, 413, 422),
      },
    }),
    requireRole(...CASE_WORKERS),
    async (c) => {
      const auth = authOf(c);
      const id = uuidParam(c.req.param('taskId'));
      const row = await withTenant(db, auth.tenantId, (tx) => openTask(tx, id, auth));
      if (!offered(row, auth)) throw notFound();
      if (row.assigneeId && row.assigneeId !== auth.user.id)
        throw new ProblemError(409, 'task.claimed-by-other');
      const lang = c.get('lang');
      const data = isMultipart(c.req.header('Content-Type'))
        ? await submittedForm(row, await c.req.formData())
        : await jsonData(await c.req.json().catch(() => undefined));
      const outcome = accepted(
        await deps.procedures.completeTask(row.caseId, {
          taskId: row.engineTaskId!,
          data,
          by: auth.user.id,
          locale: lang,
        }),
      );
      await withTenant(db, auth.tenantId, (tx) =>
        tx
          .update(tasks)
          .set({ status: 'completed', completedBy: auth.user.id, closedAt: deps.now() })
          .where(eq(tasks.id, id)),
      );
      return c.json(outcome);

      async function submittedForm(task: TaskRow, formData: FormData) {
        const definition = await withTenant(db, auth.tenantId, (tx) =>
          definitionOfCase(tx, task.caseId),
        );
        const form = definition?.forms[task.formKey];
        if (!form) throw new Error(`task ${task.id}: no form ${task.formKey} in its definition`);
        const now = deps.now();
        const read = readForm(
          form as unknown as FormFile,
          formData,
          lang,
          now,
          deps.documents.maxBytes,
        );
        if (!read.ok) throw new ProblemError(422, 'task.form-invalid', { issues: read.issues });
        const stored = await storeFormFiles(db, {
          tenantId: auth.tenantId,
          userId: auth.user.id,
          caseId: task.caseId,
          data: read.data,
          files: read.files,
          now,
        });
        if (!stored.ok) throw new ProblemError(422, 'task.form-invalid', { issues: stored.issues });
        return stored.data;
      }
    },
  );

  return app;
}
