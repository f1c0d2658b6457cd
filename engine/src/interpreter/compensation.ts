// Compensation: an activity with a compensation boundary event is recorded
// when it completes; cancelling the case then runs the handlers of the
// recorded activities one at a time, the latest completion first, and only
// after the last handler is the case cancelled. Interrupted activities never
// completed, so nothing undoes them.
import type { Token } from '../generated/state.ts';
import type { Machine } from './machine.ts';

/** Records a completed activity that carries a compensation handler. */
export function recordCompletion(m: Machine, token: Token): void {
  const handler = m.node(token.node).compensation;
  if (!handler || !m.features.compensation || m.state.compensating) return;
  m.state.compensable = [
    ...(m.state.compensable ?? []),
    { node: token.node, handler, id: token.id },
  ];
}

/** Cancels every token and starts compensating; false when there is nothing to undo. */
export function beginCompensation(m: Machine): boolean {
  const done = m.state.compensable ?? [];
  if (!m.features.compensation || m.state.compensating || done.length === 0) return false;
  m.cancelAll();
  m.state.compensating = done.map((c) => c.handler).reverse();
  delete m.state.compensable;
  return true;
}

/** When the running handler has finished: enters the next one (true), or ends the cancelled case. */
export function nextCompensation(m: Machine): boolean {
  const queue = m.state.compensating;
  if (!queue || m.state.status !== 'running' || m.state.tokens.length > 0) return false;
  const [handler, ...rest] = queue;
  if (handler === undefined) {
    cancelNow(m);
    return false;
  }
  m.state.compensating = rest;
  m.arrive(handler);
  return true;
}

/** Ends the case as cancelled at once: every token released, no handler run. */
export function cancelNow(m: Machine): void {
  m.cancelAll();
  delete m.state.compensable;
  delete m.state.compensating;
  m.state.status = 'cancelled';
  m.commands.push({ type: 'completeCase', status: 'cancelled' });
}
