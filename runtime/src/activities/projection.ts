// Writes the case and task projection from the workflow's writes. Upserts are
// keyed by the engine's ids and guarded by the write's seq, so a repeated or
// late write changes nothing: safe under Temporal's at-least-once delivery.
import type { CaseProjection, TaskProjection } from '@saqme/workflows';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { cases, tasks } from '../db/schema/index.ts';
import { withTenant } from '../db/tenant.ts';
import { caseRowId, taskRowId } from './row-ids.ts';

const CASE_STATUS = {
  running: 'open',
  incident: 'incident',
  completed: 'completed',
  cancelled: 'cancelled',
} as const;

export function projectionWriter(db: Db) {
  return {
    upsertCase(p: CaseProjection): Promise<void> {
      const at = new Date(p.at);
      const finished = p.status === 'completed' || p.status === 'cancelled';
      const row = {
        status: CASE_STATUS[p.status],
        currentSteps: p.currentSteps,
        outcome: p.outcome ?? null,
        seq: p.seq,
        closedAt: finished ? at : null,
        ...(p.variables ? { variables: p.variables } : {}),
      };
      return withTenant(db, p.tenantId, async (tx) => {
        await tx
          .insert(cases)
          .values({
            id: caseRowId(p.caseId),
            tenantId: p.tenantId,
            serviceId: p.serviceId,
            serviceVersion: p.version,
            serviceHash: p.hash,
            initiator: p.initiator,
            openedAt: at,
            ...row,
          })
          .onConflictDoUpdate({
            target: cases.id,
            set: row,
            setWhere: sql`${cases.seq} < ${p.seq}`,
          });
      });
    },

    upsertTask(p: TaskProjection): Promise<void> {
      const at = new Date(p.at);
      const open = p.status === 'open';
      const row = {
        status: open ? (p.assignee ? 'claimed' : 'open') : p.status,
        candidateRoles: p.roles,
        assigneeId: p.assignee ?? null,
        titleKa: p.title.ka,
        titleEn: p.title.en,
        dueAt: p.dueAt ? new Date(p.dueAt) : null,
        completedBy: p.completedBy ?? null,
        closedAt: open ? null : at,
        seq: p.seq,
      } as const;
      return withTenant(db, p.tenantId, async (tx) => {
        await tx
          .insert(tasks)
          .values({
            id: taskRowId(p.caseId, p.taskId),
            caseId: caseRowId(p.caseId),
            tenantId: p.tenantId,
            engineTaskId: p.taskId,
            nodeId: p.node,
            formKey: p.form,
            createdAt: at,
            ...row,
          })
          .onConflictDoUpdate({
            target: tasks.id,
            set: row,
            setWhere: sql`${tasks.seq} < ${p.seq}`,
          });
      });
    },
  };
}
