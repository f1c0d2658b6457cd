// What the studio reads of GET /api/cases/:caseId (the runtime builds that
// body from its case summary schema plus these parts).
import type { CaseSummary } from '$lib/api/generated/case-summary.ts';
import type { Document } from '$lib/api/generated/document.ts';
import type { Task } from '$lib/api/generated/task.ts';

export interface TimelineEvent {
  seq: number;
  actor: string;
  /** `case.<engine event>` from the workflow, or an API event such as `case.opened`. */
  type: string;
  payload: { caseId?: string; node?: string; data?: unknown };
  at: string;
}

export interface CaseDetail extends CaseSummary {
  data: Record<string, unknown>;
  outcome: string | null;
  openTasks: Task[];
  documents: Document[];
  timeline: TimelineEvent[];
}
