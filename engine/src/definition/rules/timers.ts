// Timer durations and dates must be valid ISO-8601 and within a sane bound.
// FEEL timers (`=` prefix) are checked by the expression rule instead.
import { LIMITS } from '../../bpmn/limits.ts';
import { durationDays, parseDuration, parseInstant } from '../../expression/duration.ts';
import { BPMN, type RuleContext } from '../rule-context.ts';

export function timers({ graph, d }: RuleContext): void {
  for (const n of Object.values(graph.nodes)) {
    if (!n.timer || n.timer.expression.startsWith('=')) continue;
    const at = { path: BPMN, element: n.id };
    const value = n.timer.expression.slice(0, 100);
    if (n.timer.kind === 'date') {
      if (parseInstant(n.timer.expression) === undefined) d.add('DURATION_INVALID', at, { value });
      continue;
    }
    const duration = parseDuration(n.timer.expression);
    if (!duration) d.add('DURATION_INVALID', at, { value });
    else if (durationDays(duration) > LIMITS.maxDurationYears * 366) {
      d.add('DURATION_ABSURD', at, { value, max: `P${LIMITS.maxDurationYears}Y` });
    }
  }
}
