// How a failed activity or child reaches the engine: a business error keeps
// its code (error boundaries match on it); anything else means the retries ran out.
import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';

/** Error code of an action whose retries ran out: no error boundary names it, so it becomes an incident. */
export const RETRIES_EXHAUSTED = 'ACTION_RETRIES_EXHAUSTED';

export function failureOf(error: unknown): { code: string; message?: string } {
  const cause = error instanceof ActivityFailure ? error.cause : error;
  if (cause instanceof ApplicationFailure && cause.nonRetryable && cause.type)
    return { code: cause.type, message: cause.message };
  const message = cause instanceof Error ? cause.message : String(cause);
  return { code: RETRIES_EXHAUSTED, message };
}
