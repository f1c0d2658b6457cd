// The API's handle on running cases: starts the procedure workflow and
// sends its Updates, reads its queries. One workflow per case; its id is the
// case id. An Update's refusal comes back as a value, not a throw.
import type { TimelineEntry } from '@saqme/engine';
import {
  type CancelCaseRequest,
  type CaseView,
  type CompleteTaskRequest,
  cancelCaseUpdate,
  cancelIncidentUpdate,
  completeTaskUpdate,
  PROCEDURE_TASK_QUEUE,
  PROCEDURE_WORKFLOW,
  type ProcedureInput,
  type ReassignTaskRequest,
  type ResolveIncidentRequest,
  reassignTaskUpdate,
  retryIncidentUpdate,
  skipIncidentUpdate,
  stateQuery,
  timelineQuery,
  type UpdateOutcome,
} from '@saqme/workflows';
import { type Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, type UpdateDefinition } from '@temporalio/common';

/** Why an Update was refused: the workflow's code, reason and any field issues. */
export interface UpdateRefusal {
  code: string;
  path: string;
  message: { ka: string; en: string };
  issues?: { path: string; code: string; message: string }[];
}

export type UpdateResult =
  | { ok: true; outcome: UpdateOutcome }
  | { ok: false; refusal: UpdateRefusal };

export type IncidentAction = 'retry' | 'skip' | 'cancel';

export interface Procedures {
  start(input: ProcedureInput): Promise<void>;
  completeTask(caseId: string, request: CompleteTaskRequest): Promise<UpdateResult>;
  reassignTask(caseId: string, request: ReassignTaskRequest): Promise<UpdateResult>;
  cancelCase(caseId: string, request: CancelCaseRequest): Promise<UpdateResult>;
  resolveIncident(
    caseId: string,
    action: IncidentAction,
    request: ResolveIncidentRequest,
  ): Promise<UpdateResult>;
  /** The running case as the workflow sees it; undefined when there is no such workflow. */
  state(caseId: string): Promise<CaseView | undefined>;
  timeline(caseId: string): Promise<TimelineEntry[]>;
}

const CASE_CLOSED: UpdateRefusal = {
  code: 'CASE_CLOSED',
  path: '',
  message: { ka: 'საქმე უკვე დასრულებულია', en: 'The case is no longer running' },
};

/** An Update sent to a workflow that has already finished: the server says NOT_FOUND. */
function finished(error: unknown): boolean {
  if (error instanceof WorkflowNotFoundError) return true;
  const e = error as { code?: number; cause?: { code?: number }; message?: string };
  return e.code === 5 || e.cause?.code === 5 || /already completed/i.test(e.message ?? '');
}

function refusalOf(error: unknown): UpdateRefusal | undefined {
  if (finished(error)) return CASE_CLOSED;
  if (!(error instanceof WorkflowUpdateFailedError)) return undefined;
  const cause = error.cause;
  if (!(cause instanceof ApplicationFailure)) return undefined;
  const detail = cause.details?.[0] as UpdateRefusal | undefined;
  return (
    detail ?? {
      code: cause.type ?? 'UPDATE_REFUSED',
      path: '',
      message: { ka: cause.message, en: cause.message },
    }
  );
}

export function temporalProcedures(client: Client, taskQueue = PROCEDURE_TASK_QUEUE): Procedures {
  const handle = (caseId: string) => client.workflow.getHandle(caseId);
  async function update<A>(
    caseId: string,
    def: UpdateDefinition<UpdateOutcome, [A]>,
    arg: A,
  ): Promise<UpdateResult> {
    try {
      const outcome = await handle(caseId).executeUpdate(def, { args: [arg] });
      return { ok: true, outcome };
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal) return { ok: false, refusal };
      throw error;
    }
  }
  const incidentUpdates = {
    retry: retryIncidentUpdate,
    skip: skipIncidentUpdate,
    cancel: cancelIncidentUpdate,
  };
  return {
    async start(input) {
      await client.workflow.start(PROCEDURE_WORKFLOW, {
        workflowId: input.caseId,
        taskQueue,
        args: [input],
      });
    },
    completeTask: (caseId, request) => update(caseId, completeTaskUpdate, request),
    reassignTask: (caseId, request) => update(caseId, reassignTaskUpdate, request),
    cancelCase: (caseId, request) => update(caseId, cancelCaseUpdate, request),
    resolveIncident: (caseId, action, request) => update(caseId, incidentUpdates[action], request),
    async state(caseId) {
      try {
        return await handle(caseId).query(stateQuery);
      } catch (error) {
        if (error instanceof WorkflowNotFoundError) return undefined;
        throw error;
      }
    },
    async timeline(caseId) {
      try {
        return await handle(caseId).query(timelineQuery);
      } catch (error) {
        if (error instanceof WorkflowNotFoundError) return [];
        throw error;
      }
    },
  };
}

/** For an app without Temporal (tests of other routes): every call is a bug. */
export const noProcedures: Procedures = new Proxy({} as Procedures, {
  get: (_, name) => () => {
    throw new Error(`no Temporal connection: procedures.${String(name)} was called`);
  },
});
