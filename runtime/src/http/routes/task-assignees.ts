// Whom a supervisor may give a task to: the enabled users of the session's
// tenant who hold one of the task's candidate roles there. The reassign
// dialog lists them; the reassign route applies the same rule.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { CASE_SUPERVISORS } from '../../auth/permissions.ts';
import { cases, type Role, roleGrants, tasks, users } from '../../db/schema/index.ts';
import { withTenant } from '../../db/tenant.ts';
import type { AssigneeList } from '../../generated/assignee-list.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema } from '../json-schema.ts';
import { authOf, requireRole } from '../middleware/session.ts';
import assigneeListSchema from '../schemas/assignee-list.schema.json' with { type: 'json' };
import { problemResponses } from './openapi-common.ts';
import { notFound, uuidParam } from './route-helpers.ts';

const AssigneeListBody = jsonSchema<AssigneeList>(assigneeListSchema);

export function taskAssigneeRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();

  app.get(
    '/api/tasks/:taskId/assignees',
    describeRoute({
      tags: ['tasks'],
      summary: 'Users of the tenant who may be given an open task (supervisor)',
      responses: {
        200: jsonContent(AssigneeListBody, 'Candidates, by display name'),
        ...problemResponses(401, 403, 404),
      },
    }),
    requireRole(...CASE_SUPERVISORS),
    async (c) => {
      const auth = authOf(c);
      const id = uuidParam(c.req.param('taskId'));
      const list = await withTenant(db, auth.tenantId, async (tx) => {
        const [row] = await tx
          .select({ task: tasks, caseNumber: cases.number, serviceId: cases.serviceId })
          .from(tasks)
          .innerJoin(cases, eq(cases.id, tasks.caseId))
          .where(and(eq(tasks.id, id), inArray(tasks.status, ['open', 'claimed'])));
        if (!row) throw notFound();
        const { task: t } = row;
        const task: AssigneeList['task'] = {
          id: t.id,
          title: t.titleKa && t.titleEn ? { ka: t.titleKa, en: t.titleEn } : null,
          caseNumber: row.caseNumber,
          serviceId: row.serviceId,
          assigneeId: t.assigneeId,
          candidateRoles: t.candidateRoles as Role[],
          dueAt: t.dueAt?.toISOString() ?? null,
        };
        if (!task.candidateRoles.length) return { task, items: [] };
        const rows = await tx
          .select({
            id: users.id,
            username: users.username,
            displayName: users.displayName,
            role: roleGrants.role,
          })
          .from(roleGrants)
          .innerJoin(users, eq(users.id, roleGrants.userId))
          .where(
            and(
              eq(roleGrants.tenantId, auth.tenantId),
              inArray(roleGrants.role, task.candidateRoles),
              isNull(users.disabledAt),
            ),
          )
          .orderBy(asc(users.displayName), asc(users.username), asc(roleGrants.role));
        const byUser = new Map<string, AssigneeList['items'][number]>();
        for (const { role, ...user } of rows) {
          const entry = byUser.get(user.id) ?? { ...user, roles: [] };
          entry.roles.push(role);
          byUser.set(user.id, entry);
        }
        return { task, items: [...byUser.values()] };
      });
      return c.json(list satisfies AssigneeList);
    },
  );

  return app;
}
