// Cases past their SLA, from the tenant's overdue tasks: a case breaches its
// SLA when one of its open steps is past its due time (the KPI dashboard's
// "past due" counts the same way). Oldest breach first.
import type { Task } from '$lib/api/generated/task.ts';

export interface OverdueCase {
  caseId: string;
  caseNumber: string | null;
  serviceId: string | undefined;
  /** The earliest due time among its overdue steps. */
  dueAt: string;
  steps: number;
}

export function overdueCases(tasks: readonly Task[]): OverdueCase[] {
  const byCase = new Map<string, OverdueCase>();
  for (const t of tasks) {
    if (!t.dueAt) continue;
    const seen = byCase.get(t.caseId);
    if (seen) {
      seen.steps += 1;
      if (t.dueAt < seen.dueAt) seen.dueAt = t.dueAt;
    } else {
      byCase.set(t.caseId, {
        caseId: t.caseId,
        caseNumber: t.caseNumber ?? null,
        serviceId: t.serviceId,
        dueAt: t.dueAt,
        steps: 1,
      });
    }
  }
  return [...byCase.values()].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}
