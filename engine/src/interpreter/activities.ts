// Entering an activity: opens the user task, runs the action, starts the
// sub-case or the timer, and arms the activity's boundary timers, each with
// the command the driver carries out.
import type { DefinitionNode } from '../generated/definition.ts';
import type { Token } from '../generated/state.ts';
import { fireAt } from './fire-at.ts';
import type { Machine } from './machine.ts';

/** Arms the boundary timers of an activity; returns the earliest due date. */
export function armBoundaries(m: Machine, n: DefinitionNode, token: Token): string | undefined {
  let due: string | undefined;
  const visit = token.id.slice(token.id.lastIndexOf('/') + 1);
  for (const b of n.boundaries ?? []) {
    const boundary = m.node(b);
    if (boundary.type !== 'boundaryTimer' || !boundary.timer) continue;
    const at = fireAt(boundary.timer, m.feelContext(), m.now, m.def.service.sla);
    if (!at) continue;
    const id = `${b}/${visit}`;
    token.boundaryTimers = [...(token.boundaryTimers ?? []), { id, node: b, fireAt: at }];
    m.commands.push({ type: 'startTimer', timerId: id, node: b, fireAt: at });
    if (due === undefined || at < due) due = at;
  }
  return due;
}

export function openTask(m: Machine, n: DefinitionNode): void {
  const token: Token = { id: m.nextId(n.id), node: n.id, wait: 'task' };
  const due = armBoundaries(m, n, token);
  m.state.tokens.push(token);
  m.commands.push({
    type: 'openTask',
    taskId: token.id,
    node: n.id,
    form: n.form ?? '',
    roles: n.roles ?? [],
    title: n.name ?? { ka: n.id, en: n.id },
    ...(due ? { dueAt: due } : {}),
  });
}

/** Runs a service task's action: attempt 1 on entry, the next attempt on an incident retry (`armed`: its boundary timers kept). */
export function runAction(
  m: Machine,
  n: DefinitionNode,
  id: string,
  attempt: number,
  armed?: Token,
): void {
  const input = n.input ? m.evaluate(n.input) : { ok: true as const, value: {} };
  const token: Token = armed ?? { id, node: n.id, wait: 'action' };
  token.wait = 'action';
  token.attempt = attempt;
  delete token.error;
  if (!input.ok) {
    m.incident(token, 'INPUT_FAILED', input.message);
    return;
  }
  if (!armed) armBoundaries(m, n, token);
  m.state.tokens.push(token);
  m.commands.push({
    type: 'runAction',
    actionId: id,
    node: n.id,
    action: n.action ?? '',
    input: input.value ?? null,
    idempotencyKey: attempt === 1 ? id : `${id}#${attempt}`,
    retry: { ...(m.def.actions[n.action ?? '']?.retry ?? {}), ...(n.retry ?? {}) },
  });
}

export function startChild(m: Machine, n: DefinitionNode): void {
  const input = n.input ? m.evaluate(n.input) : { ok: true as const, value: {} };
  const token: Token = { id: m.nextId(n.id), node: n.id, wait: 'child' };
  if (!input.ok) {
    m.incident(token, 'INPUT_FAILED', input.message);
    return;
  }
  armBoundaries(m, n, token);
  m.state.tokens.push(token);
  m.commands.push({
    type: 'startChild',
    childId: token.id,
    node: n.id,
    service: n.service ?? '',
    input: input.value ?? null,
  });
}

export function startTimer(m: Machine, n: DefinitionNode): void {
  const token: Token = { id: m.nextId(n.id), node: n.id, wait: 'timer' };
  const at = n.timer ? fireAt(n.timer, m.feelContext(), m.now, m.def.service.sla) : undefined;
  if (!at) {
    m.incident(token, 'TIMER_INVALID', 'the timer gives no valid duration or date');
    return;
  }
  token.boundaryTimers = [{ id: token.id, node: n.id, fireAt: at }];
  m.state.tokens.push(token);
  m.commands.push({ type: 'startTimer', timerId: token.id, node: n.id, fireAt: at });
}
