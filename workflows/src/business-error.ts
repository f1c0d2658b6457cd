// Expected failures of actions cross the activity boundary as non-retryable
// ApplicationFailures whose type is the code: error boundaries match on it.
import { ApplicationFailure } from '@temporalio/common';

export function businessError(code: string, message?: string): ApplicationFailure {
  return ApplicationFailure.create({ type: code, message: message ?? code, nonRetryable: true });
}
