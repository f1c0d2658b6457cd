// When a timer fires: an ISO duration from now, an ISO instant, or FEEL
// (`=` prefix) giving either. Undefined means the timer spec is unusable.

import { LIMITS } from '../bpmn/limits.ts';
import { compileFeel } from '../expression/compile-feel.ts';
import {
  addDuration,
  durationDays,
  parseDuration,
  parseInstant,
  type SlaCalendar,
} from '../expression/duration.ts';
import type { TimerSpec } from '../generated/definition.ts';

export function fireAt(
  timer: TimerSpec,
  variables: Record<string, unknown>,
  now: string,
  sla: SlaCalendar = {},
): string | undefined {
  let text = timer.expression;
  if (text.startsWith('=')) {
    const compiled = compileFeel(text);
    if (!compiled.ok) return undefined;
    const value = compiled.evaluate(variables, now);
    if (typeof value !== 'string') return undefined;
    text = value;
  }
  const duration = parseDuration(text);
  if (duration) {
    // FEEL can compute any duration at run time; the compile-time cap holds here too.
    if (durationDays(duration) > LIMITS.maxDurationYears * 366) return undefined;
    return addDuration(now, duration, sla);
  }
  const instant = parseInstant(text);
  return instant === undefined ? undefined : new Date(instant).toISOString();
}
