// Business errors: an error thrown at an activity (an action's refusal, a
// sub-case that ended through an error end event) is caught by the first
// matching error boundary of that activity; an error end event, or an error
// nothing catches, ends the case's one scope (the process): every sibling
// token is cancelled and the case ends with the error, which a parent's call
// activity then throws in turn.
import type { DefinitionNode } from '../generated/definition.ts';
import type { Token } from '../generated/state.ts';
import type { Machine } from './machine.ts';

export interface BusinessError {
  code: string;
  message?: string;
}

/** The first error boundary of the token's activity, in document order, that names `code` or catches every error. */
export function catcherFor(m: Machine, token: Token, code: string): DefinitionNode | undefined {
  return (m.node(token.node).boundaries ?? [])
    .map((b) => m.node(b))
    .find((b) => b.type === 'boundaryError' && (!b.errorCode || b.errorCode === code));
}

/** Ends the case with an error: siblings cancelled (tasks withdrawn, timers, actions and sub-cases stopped). */
export function endWithError(m: Machine, error: BusinessError, outcome?: string): void {
  m.cancelAll();
  delete m.state.compensable;
  delete m.state.compensating;
  m.state.status = 'completed';
  m.state.outcome = outcome ?? error.code;
  m.state.error = { ...error };
  m.commands.push({
    type: 'completeCase',
    status: 'completed',
    outcome: m.state.outcome,
    error: { ...error },
  });
}

/** An error thrown at the token's activity: its first matching error boundary catches it, else `uncaught` decides. */
export function throwAt(
  m: Machine,
  token: Token,
  error: BusinessError,
  uncaught: () => void,
): void {
  const catcher = catcherFor(m, token, error.code);
  m.removeToken(token);
  if (!catcher) {
    uncaught();
    return;
  }
  m.release(token, 'cancelled', true);
  m.arrive(catcher.id);
}

/** A sub-case ended with an error: the call activity's boundary catches it, else this case ends with it too. */
export function throwFromChild(m: Machine, token: Token, error: BusinessError): void {
  throwAt(m, token, error, () => {
    m.release(token, 'cancelled', true);
    endWithError(m, error);
  });
}
