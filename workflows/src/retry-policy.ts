// The definition's retry policy (ISO-8601 durations) as Temporal's RetryPolicy.
import type { RetryPolicy as EngineRetryPolicy } from '@saqme/engine';
import type { RetryPolicy } from '@temporalio/workflow';

const ISO =
  /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** Milliseconds of an ISO-8601 duration in days/hours/minutes/seconds; undefined when it is not one. */
export function isoMillis(text: string): number | undefined {
  const m = ISO.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) return undefined;
  const [d, h, min, s] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number];
  return ((d * 24 + h) * 60 + min) * 60_000 + s * 1000;
}

/** Applied when the definition says nothing: a few quick retries, then an incident. */
export const DEFAULT_ACTION_RETRY: RetryPolicy = {
  maximumAttempts: 5,
  initialInterval: 1000,
  backoffCoefficient: 2,
  maximumInterval: 60_000,
};

export function temporalRetry(policy: EngineRetryPolicy | undefined): RetryPolicy {
  const out: RetryPolicy = { ...DEFAULT_ACTION_RETRY };
  if (policy?.maximumAttempts !== undefined) out.maximumAttempts = policy.maximumAttempts;
  if (policy?.backoffCoefficient !== undefined) out.backoffCoefficient = policy.backoffCoefficient;
  const initial = policy?.initialInterval ? isoMillis(policy.initialInterval) : undefined;
  if (initial !== undefined) out.initialInterval = initial;
  const maximum = policy?.maximumInterval ? isoMillis(policy.maximumInterval) : undefined;
  if (maximum !== undefined) out.maximumInterval = maximum;
  return out;
}
