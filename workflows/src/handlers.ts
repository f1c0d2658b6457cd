// The procedure's Updates, signal and queries. Validators run before anything
// is written to history: a closed task, a missing incident or form data that
// fails the task's form is rejected here, and the caller gets the reasons.
import type { Localized, Rejection } from '@saqme/engine';
import { ApplicationFailure, setHandler } from '@temporalio/workflow';
import type { CaseDriver } from './case-driver.ts';
import { validatorFor } from './form-validators.ts';
import type { ProcedureInput } from './generated/procedure-input.ts';
import type { CompleteTaskRequest, UpdateOutcome } from './generated/requests.ts';
import {
  advanceClockSignal,
  cancelCaseUpdate,
  cancelIncidentUpdate,
  completeTaskUpdate,
  messageSignal,
  reassignTaskUpdate,
  retryIncidentUpdate,
  skipIncidentUpdate,
  stateQuery,
  timelineQuery,
} from './procedure-api.ts';

const reasons = {
  CASE_CLOSED: { ka: 'საქმე უკვე დასრულებულია', en: 'The case is no longer running' },
  TASK_NOT_OPEN: { ka: 'ამოცანა ღია არ არის', en: 'The task is not open' },
  FORM_INVALID: { ka: 'ფორმა შეცდომებს შეიცავს', en: 'The form has errors' },
  NO_INCIDENT: { ka: 'ინციდენტი არ არსებობს', en: 'There is no such incident' },
  CANNOT_SKIP: {
    ka: 'მხოლოდ სერვისული ამოცანის ან ქვესერვისის გამოტოვებაა შესაძლებელი',
    en: 'Only a service task or a call activity can be skipped',
  },
} satisfies Record<string, Localized>;

/** An Update's refusal: the code is the failure type, the reason (and any field issues) its details. */
export function refuse(code: string, path: string, message: Localized, issues?: unknown): never {
  throw ApplicationFailure.create({
    type: code,
    message: message.en,
    nonRetryable: true,
    details: [{ code, path, message, ...(issues ? { issues } : {}) }],
  });
}

function refused(r: Rejection): never {
  return refuse(r.code, r.path, r.message);
}

function running(d: CaseDriver): void {
  if (d.finished) refuse('CASE_CLOSED', '', reasons.CASE_CLOSED);
}

function openTask(d: CaseDriver, taskId: string) {
  running(d);
  const token = d.state.tokens.find((t) => t.id === taskId && t.wait === 'task');
  if (!token) refuse('TASK_NOT_OPEN', taskId, reasons.TASK_NOT_OPEN);
  return token;
}

function incident(d: CaseDriver, actionId: string) {
  running(d);
  const token = d.state.tokens.find((t) => t.id === actionId && t.wait === 'incident');
  if (!token) refuse('NO_INCIDENT', actionId, reasons.NO_INCIDENT);
  return token;
}

/** Validates task data against the task's form; returns the data without hidden fields. */
function checkedData(d: CaseDriver, request: CompleteTaskRequest): Record<string, unknown> {
  const token = openTask(d, request.taskId);
  const formKey = d.definition.nodes[token.node]?.form;
  const validator = formKey ? validatorFor(d.definition, formKey) : undefined;
  if (!validator) return request.data;
  const result = validator.validate<Record<string, unknown>>(request.data, request.locale ?? 'ka', {
    now: d.now(),
  });
  if (!result.ok) refuse('FORM_INVALID', request.taskId, reasons.FORM_INVALID, result.issues);
  return result.value;
}

function outcome(d: CaseDriver): UpdateOutcome {
  return { status: d.status(), openTasks: [...d.tasks.keys()] };
}

/** Until the definition is loaded, queries answer with a case that has not reached its first step. */
export function registerStartingQueries(input: ProcedureInput): void {
  setHandler(stateQuery, () => ({
    caseId: input.caseId,
    tenantId: input.tenantId,
    serviceId: input.definition.serviceId,
    version: input.definition.version ?? 0,
    hash: input.definition.hash ?? '',
    status: 'running',
    variables: {},
    currentSteps: [],
    openTasks: [],
    incidents: [],
    timers: [],
    actionsInFlight: 1,
    path: [],
    now: new Date().toISOString(),
  }));
  setHandler(timelineQuery, () => []);
}

export function registerHandlers(d: CaseDriver): void {
  setHandler(stateQuery, () => d.view());
  setHandler(timelineQuery, () => d.timeline);
  setHandler(messageSignal, (signal) => {
    if (!d.finished) d.message(signal);
  });
  setHandler(advanceClockSignal, ({ to }) => {
    d.clock.advance(to, Date.now());
    d.effects.armReached();
    d.effects.forwardClock(to);
  });

  setHandler(
    completeTaskUpdate,
    async (request) => {
      const data = checkedData(d, request);
      const rejected = d.dispatch(
        { type: 'taskCompleted', taskId: request.taskId, data, by: request.by },
        request.by,
      );
      if (rejected) refused(rejected);
      return outcome(d);
    },
    { validator: (request) => void checkedData(d, request) },
  );

  setHandler(
    reassignTaskUpdate,
    async (request) => {
      openTask(d, request.taskId);
      const task = d.tasks.get(request.taskId)!;
      const { assignee: _, ...rest } = task;
      const next = {
        ...rest,
        ...(request.assignee ? { assignee: request.assignee } : {}),
        ...(request.roles ? { roles: request.roles } : {}),
      };
      d.tasks.set(request.taskId, next);
      const at = d.now();
      const { openedAt: __, ...row } = next;
      const base = { caseId: d.input.caseId, tenantId: d.input.tenantId };
      d.lane.projectTask({ ...base, ...row, status: 'open', seq: d.nextSeq(), at });
      d.audit('taskReassigned', request.by, task.node, {
        taskId: request.taskId,
        assignee: request.assignee ?? null,
        roles: next.roles,
      });
      d.lane.notify({
        ...base,
        kind: 'taskReassigned',
        key: `${d.input.caseId}/reassign/${d.nextSeq()}`,
        roles: next.roles,
        ...(request.assignee ? { user: request.assignee } : {}),
        title: next.title,
        at,
      });
      return outcome(d);
    },
    { validator: (request) => void openTask(d, request.taskId) },
  );

  const resolve =
    (resolution: 'retry' | 'skip') =>
    async (request: { actionId: string; by: string; output?: unknown }) => {
      const rejected = d.dispatch(
        {
          type: 'incidentResolved',
          actionId: request.actionId,
          resolution,
          ...(resolution === 'skip' ? { output: request.output ?? null } : {}),
        },
        request.by,
      );
      if (rejected) refused(rejected);
      return outcome(d);
    };
  setHandler(retryIncidentUpdate, resolve('retry'), {
    validator: (request) => void incident(d, request.actionId),
  });
  setHandler(skipIncidentUpdate, resolve('skip'), {
    validator: (request) => {
      const token = incident(d, request.actionId);
      const type = d.definition.nodes[token.node]?.type;
      if (type !== 'serviceTask' && type !== 'callActivity')
        refuse('CANNOT_SKIP', request.actionId, reasons.CANNOT_SKIP);
    },
  });
  setHandler(
    cancelIncidentUpdate,
    async (request) => {
      d.dispatch({ type: 'cancelCase', reason: `incident ${request.actionId}` }, request.by);
      return outcome(d);
    },
    { validator: (request) => void incident(d, request.actionId) },
  );
  setHandler(
    cancelCaseUpdate,
    async (request) => {
      d.dispatch(
        { type: 'cancelCase', ...(request.reason ? { reason: request.reason } : {}) },
        request.by,
      );
      return outcome(d);
    },
    { validator: (_request) => running(d) },
  );
}
