// A scenario's answer for an action, as the engine event a driver would feed.
import type { EngineEvent } from '../generated/event.ts';
import type { ScenarioActionResult } from '../generated/scenario.ts';

/** The error code of an action whose retries ran out, when the scenario gives no last error. */
export const RETRIES_EXHAUSTED = 'ACTION_RETRIES_EXHAUSTED';

export function resultEvent(actionId: string, r: ScenarioActionResult): EngineEvent {
  if (r.exhausted)
    return {
      type: 'actionExhausted',
      actionId,
      error: r.error ?? { code: RETRIES_EXHAUSTED },
    };
  return r.error
    ? { type: 'actionFailed', actionId, error: r.error }
    : { type: 'actionSucceeded', actionId, output: r.output ?? null };
}
