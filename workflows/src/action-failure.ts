// How a failed activity or child reaches the engine: a business error keeps
// its code (error boundaries match on it); anything else means the retries
// ran out, or the sub-case's workflow failed: an incident, never a business error.
import { type EngineEvent, RETRIES_EXHAUSTED } from '@saqme/engine';
import {
  ActivityFailure,
  ApplicationFailure,
  ChildWorkflowFailure,
  patched,
  TerminatedFailure,
} from '@temporalio/workflow';
import { PATCHES } from './patches.ts';

export { RETRIES_EXHAUSTED };

/** Error code of a sub-case whose workflow failed without a code of its own. */
export const CHILD_FAILED = 'CHILD_FAILED';
/** Error code of a sub-case whose workflow was terminated. */
export const CHILD_TERMINATED = 'CHILD_TERMINATED';

function businessFailure(cause: unknown): { code: string; message?: string } | undefined {
  return cause instanceof ApplicationFailure && cause.nonRetryable && cause.type
    ? { code: cause.type, message: cause.message }
    : undefined;
}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

export function failureOf(error: unknown): { code: string; message?: string } {
  const cause = error instanceof ActivityFailure ? error.cause : error;
  return businessFailure(cause) ?? { code: RETRIES_EXHAUSTED, message: messageOf(cause) };
}

/** A failed action as an engine event: its business error, or its exhausted retries. */
export function actionFailureEvent(actionId: string, error: unknown): EngineEvent {
  const cause = error instanceof ActivityFailure ? error.cause : error;
  const business = businessFailure(cause);
  if (business) return { type: 'actionFailed', actionId, error: business };
  const exhausted = { code: RETRIES_EXHAUSTED, message: messageOf(cause) };
  return patched(PATCHES.actionExhausted)
    ? { type: 'actionExhausted', actionId, error: exhausted }
    : { type: 'actionFailed', actionId, error: exhausted };
}

/** A sub-case whose workflow failed (or could not start) as an engine event. */
export function childFailureEvent(childId: string, error: unknown): EngineEvent {
  if (!patched(PATCHES.childFailed)) {
    return {
      type: 'childCompleted',
      childId,
      outcome: 'failed',
      output: { status: 'failed', error: failureOf(error) },
    };
  }
  const cause = error instanceof ChildWorkflowFailure ? (error.cause ?? error) : error;
  const code =
    cause instanceof TerminatedFailure
      ? CHILD_TERMINATED
      : cause instanceof ApplicationFailure && cause.type
        ? cause.type
        : CHILD_FAILED;
  return { type: 'childFailed', childId, error: { code, message: messageOf(cause) } };
}
