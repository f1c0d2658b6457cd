// step(definition, state, event, now): applies one event to a case and runs
// the process until every token waits again. The input state is not changed.
import { jsonDepth, MAX_JSON_DEPTH } from '../definition/json-depth.ts';
import { validateJson } from '../definition/validate-json.ts';
import type { Definition } from '../generated/definition.ts';
import type { EngineEvent } from '../generated/event.ts';
import type { CaseState, Token } from '../generated/state.ts';
import eventSchema from '../schemas/event.schema.json' with { type: 'json' };
import { runAction } from './activities.ts';
import { beginCompensation, cancelNow, recordCompletion } from './compensation.ts';
import { copyState } from './copy-state.ts';
import { throwAt, throwFromChild } from './errors.ts';
import { type EngineFeatures, LATEST_FEATURES } from './features.ts';
import { formVariableOf, Machine } from './machine.ts';
import { structuredData } from './start.ts';
import type { Rejection, StepResult } from './step-result.ts';

const reasons = {
  NOT_RUNNING: { ka: 'საქმე უკვე დასრულებულია', en: 'The case is no longer running' },
  WRONG_DEFINITION: {
    ka: 'მდგომარეობა სხვა განსაზღვრებას ეკუთვნის',
    en: 'The state belongs to another definition',
  },
  TASK_NOT_OPEN: { ka: 'ამოცანა ღია არ არის', en: 'The task is not open' },
  ACTION_NOT_RUNNING: { ka: 'მოქმედება არ სრულდება', en: 'The action is not running' },
  TIMER_NOT_ARMED: { ka: 'ტაიმერი აქტიური არ არის', en: 'The timer is not armed' },
  NO_MESSAGE_WAITING: { ka: 'ეს შეტყობინება არავის ელოდება', en: 'Nothing waits for this message' },
  CHILD_NOT_RUNNING: { ka: 'ქვესერვისი არ სრულდება', en: 'The sub-service is not running' },
  NO_INCIDENT: { ka: 'ინციდენტი არ არსებობს', en: 'There is no such incident' },
  CANNOT_SKIP: { ka: 'ამ ნაბიჯის გამოტოვება შეუძლებელია', en: 'This step cannot be skipped' },
  INVALID_EVENT: { ka: 'მოვლენა არ შეესაბამება სქემას', en: 'The event does not match its schema' },
  DATA_TOO_DEEP: {
    ka: `მონაცემები ${MAX_JSON_DEPTH} დონეზე ღრმადაა ჩადგმული`,
    en: `The data is nested deeper than ${MAX_JSON_DEPTH} levels`,
  },
} as const;

function reject(state: CaseState, code: keyof typeof reasons, path: string): StepResult {
  const rejected: Rejection = { code, path, message: reasons[code] };
  return { state, commands: [], rejected };
}

function store(m: Machine, variable: string | undefined, value: unknown): void {
  if (variable) m.state.variables[variable] = structuredData(value);
}

function finish(m: Machine, token: Token): void {
  m.removeToken(token);
  m.release(token, 'completed');
  recordCompletion(m, token);
  m.leave(token.node);
}

function mapped(
  m: Machine,
  token: Token,
  raw: unknown,
): { ok: true; value: unknown } | { ok: false; message: string } {
  const node = m.node(token.node);
  return node.output
    ? m.evaluate(node.output, { result: raw ?? null })
    : { ok: true, value: raw ?? null };
}

function completeWithResult(m: Machine, token: Token, raw: unknown): void {
  const value = mapped(m, token, raw);
  if (!value.ok) {
    m.removeToken(token);
    m.incident(token, 'OUTPUT_FAILED', value.message);
    return;
  }
  store(m, m.node(token.node).variable, value.value);
  finish(m, token);
}

function apply(m: Machine, event: EngineEvent): StepResult | undefined {
  const tokens = m.state.tokens;
  switch (event.type) {
    case 'taskCompleted': {
      const token = tokens.find((t) => t.id === event.taskId && t.wait === 'task');
      if (!token) return reject(m.state, 'TASK_NOT_OPEN', event.taskId);
      const node = m.node(token.node);
      store(m, node.variable ?? formVariableOf(node.form ?? token.node), event.data);
      finish(m, token);
      return undefined;
    }
    case 'actionSucceeded': {
      const token = tokens.find((t) => t.id === event.actionId && t.wait === 'action');
      if (!token) return reject(m.state, 'ACTION_NOT_RUNNING', event.actionId);
      completeWithResult(m, token, event.output);
      return undefined;
    }
    case 'childCompleted': {
      const token = tokens.find((t) => t.id === event.childId && t.wait === 'child');
      if (!token) return reject(m.state, 'CHILD_NOT_RUNNING', event.childId);
      if (event.error && m.features.errorEvents) {
        throwFromChild(m, token, event.error);
        return undefined;
      }
      completeWithResult(
        m,
        token,
        event.output ?? (event.outcome ? { outcome: event.outcome } : null),
      );
      return undefined;
    }
    case 'actionFailed': {
      const token = tokens.find((t) => t.id === event.actionId && t.wait === 'action');
      if (!token) return reject(m.state, 'ACTION_NOT_RUNNING', event.actionId);
      const { code, message } = event.error;
      throwAt(m, token, event.error, () => m.incident(token, code, message ?? code));
      return undefined;
    }
    case 'actionExhausted':
    case 'childFailed': {
      const [id, wait, refusal] =
        event.type === 'actionExhausted'
          ? ([event.actionId, 'action', 'ACTION_NOT_RUNNING'] as const)
          : ([event.childId, 'child', 'CHILD_NOT_RUNNING'] as const);
      const token = tokens.find((t) => t.id === id && t.wait === wait);
      if (!token) return reject(m.state, refusal, id);
      m.removeToken(token);
      m.incident(token, event.error.code, event.error.message ?? event.error.code);
      return undefined;
    }
    case 'incidentResolved': {
      const token = tokens.find((t) => t.id === event.actionId && t.wait === 'incident');
      if (!token) return reject(m.state, 'NO_INCIDENT', event.actionId);
      const node = m.node(token.node);
      if (event.resolution === 'skip') {
        if (node.type !== 'serviceTask' && node.type !== 'callActivity')
          return reject(m.state, 'CANNOT_SKIP', event.actionId);
        completeWithResult(m, token, event.output);
        return undefined;
      }
      m.removeToken(token);
      if (node.type === 'serviceTask') {
        runAction(m, node, token.id, (token.attempt ?? 1) + 1, token);
        return undefined;
      }
      // Entered afresh (a new sub-case for a call activity): its old boundary timers go.
      if (m.features.freshRetry) m.release(token, 'cancelled');
      m.arrive(node.id);
      return undefined;
    }
    case 'messageReceived': {
      const token = tokens.find(
        (t) => t.wait === 'message' && m.node(t.node).message === event.name,
      );
      if (!token) return reject(m.state, 'NO_MESSAGE_WAITING', event.name);
      store(m, m.node(token.node).variable, event.data ?? null);
      finish(m, token);
      return undefined;
    }
    case 'timerFired':
      return fireTimer(m, event.timerId);
    case 'cancelCase': {
      if (event.compensate === false || !beginCompensation(m)) cancelNow(m);
      return undefined;
    }
  }
}

function fireTimer(m: Machine, timerId: string): StepResult | undefined {
  for (const token of m.state.tokens) {
    const timer = token.boundaryTimers?.find((t) => t.id === timerId);
    if (!timer) continue;
    if (token.wait === 'timer') {
      finish(m, token);
      return undefined;
    }
    const boundary = m.node(timer.node);
    token.boundaryTimers = token.boundaryTimers!.filter((t) => t !== timer);
    if (boundary.interrupting !== false) {
      m.removeToken(token);
      m.release(token, 'cancelled');
    }
    m.arrive(boundary.id);
    return undefined;
  }
  return reject(m.state, 'TIMER_NOT_ARMED', timerId);
}

export function step(
  definition: Definition,
  state: CaseState,
  event: EngineEvent,
  now: string,
  features: EngineFeatures = LATEST_FEATURES,
): StepResult {
  if (state.definitionHash !== definition.hash)
    return reject(state, 'WRONG_DEFINITION', state.definitionHash);
  if (state.status !== 'running') return reject(state, 'NOT_RUNNING', state.status);
  if (jsonDepth(event) > MAX_JSON_DEPTH) return reject(state, 'DATA_TOO_DEEP', 'event');
  const issues = validateJson(eventSchema, event);
  if (issues.length > 0) return reject(state, 'INVALID_EVENT', issues[0]!.pointer || 'event');
  const m = new Machine(definition, copyState(state), now, features);
  const rejected = apply(m, event);
  if (rejected?.rejected) return { state, commands: [], rejected: rejected.rejected };
  m.run();
  return { state: m.state, commands: m.commands };
}
