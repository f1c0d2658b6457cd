import { type ScenarioFile, type StartTimerCommand, simulate } from '@saqme/engine';
import { describe, expect, it } from 'vitest';
import { example } from './load.ts';

// The municipal answer is due ten working days after registration
// (service.json: sla.calendar "working-days", Tbilisi time, listed holidays).
async function reviewDeadline(at: string): Promise<string> {
  const { compiled, scenarios } = await example('municipal-request');
  const base = scenarios['answered-on-time']!;
  const scenario: ScenarioFile = {
    ...base,
    start: { ...base.start, at },
    steps: [base.steps![0]!],
    expect: {},
  };
  const { timeline } = simulate(compiled.definition!, scenario);
  const armed = timeline
    .map((e) => e.detail as StartTimerCommand)
    .find((c) => c.type === 'startTimer' && c.node === 'Timer_ReviewDeadline');
  if (!armed) throw new Error('the review deadline was not armed');
  return armed.fireAt;
}

describe('the working-days SLA of municipal-request', () => {
  it('puts ten working days from a Wednesday on the Wednesday two weeks later, across two weekends', async () => {
    // Calendar days would give Saturday 14 March.
    expect(await reviewDeadline('2026-03-04T10:00:00+04:00')).toBe('2026-03-18T06:00:00.000Z');
  });

  it('skips a listed holiday: Mother’s Day, Tuesday 3 March, moves the deadline one day on', async () => {
    expect(await reviewDeadline('2026-03-02T10:00:00+04:00')).toBe('2026-03-17T06:00:00.000Z');
  });

  it('skips the Orthodox Easter holidays (Friday 10 to Monday 13 April 2026)', async () => {
    // 9 April (National Unity Day) and 10 and 13 April fall on weekdays.
    expect(await reviewDeadline('2026-04-06T10:00:00+04:00')).toBe('2026-04-23T06:00:00.000Z');
  });
});

describe('the Ministry reply deadline of diplomatic-id', () => {
  it('arms five working days on the receive task and escalates once, while the wait goes on', async () => {
    const { compiled, scenarios, validateTask } = await example('diplomatic-id');
    expect(compiled.definition!.nodes.Msg_MfaConfirmation?.type).toBe('receiveTask');
    const result = simulate(compiled.definition!, scenarios['mfa-reply-overdue']!, {
      validateTask,
    });
    const armed = result.timeline
      .map((e) => e.detail as StartTimerCommand)
      .find((c) => c.type === 'startTimer' && c.node === 'Timer_MfaDue');
    // Requested Monday 1 June 2026 at 10:00 Tbilisi: due Monday 8 June, past the weekend.
    expect(armed?.fireAt).toBe('2026-06-08T06:00:00.000Z');
    expect(result.path.filter((n) => n === 'Svc_EscalateMfa')).toHaveLength(1);
    expect(result.outcome).toBe('issued');
  });
});
