import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definitionArb, drive } from '../../test/arbitrary-definition.ts';
import { NOW } from '../../test/make-definition.ts';
import { start } from './start.ts';
import { step } from './step.ts';

const choicesArb = fc.array(fc.nat({ max: 1000 }), { maxLength: 60 });
const startData = fc.record({ x: fc.integer({ min: 0, max: 10 }) });

describe('interpreter properties over generated definitions', () => {
  it('never throws, and every step leaves the case ended or waiting for an event', () => {
    fc.assert(
      fc.property(definitionArb, startData, choicesArb, (def, data, choices) => {
        const first = start(def, { data }, NOW);
        const run = drive(def, first.state, choices);
        for (const s of [first.state, run.state]) {
          expect(s.status !== 'running' || s.tokens.length > 0).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same commands for the same events', () => {
    fc.assert(
      fc.property(definitionArb, startData, choicesArb, (def, data, choices) => {
        const a = start(def, { data }, NOW);
        const b = start(def, { data }, NOW);
        expect(b.commands).toEqual(a.commands);
        expect(drive(def, b.state, choices)).toEqual(drive(def, a.state, choices));
      }),
      { numRuns: 200 },
    );
  });

  it('continues identically after the state is serialized mid-run', () => {
    fc.assert(
      fc.property(
        definitionArb,
        startData,
        choicesArb,
        fc.nat({ max: 60 }),
        (def, data, choices, at) => {
          const first = start(def, { data }, NOW);
          const straight = drive(def, first.state, choices);
          const resumed = drive(def, JSON.parse(JSON.stringify(first.state)), choices, at);
          expect(resumed).toEqual(straight);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reaches an end on every generated definition when each wait is answered', () => {
    fc.assert(
      fc.property(definitionArb, startData, (def, data) => {
        const first = start(def, { data }, NOW);
        const run = drive(
          def,
          first.state,
          Array.from({ length: 400 }, () => 0),
        );
        expect(run.state.status).toBe('completed');
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary JSON events: they are rejected as values or applied', () => {
    fc.assert(
      fc.property(definitionArb, fc.array(fc.jsonValue(), { maxLength: 10 }), (def, events) => {
        let state = start(def, { data: {} }, NOW).state;
        for (const event of events) {
          const result = step(def, state, event as never, NOW);
          expect(result.rejected === undefined || result.state === state).toBe(true);
          state = result.state;
        }
      }),
      { numRuns: 300 },
    );
  });
});
