import fc from 'fast-check';
import { evaluate } from 'feelin';
import { describe, expect, it } from 'vitest';
import { compileFeel } from './compile-feel.ts';
import { toJsonValue } from './feel-value.ts';

const NOW = '2026-03-01T21:30:00Z';

// Expressions the engine meets: conditions, mappings, arithmetic, lists, contexts, builtins.
const EXPRESSIONS = [
  'a > 3',
  'a > b and c = "x"',
  'a != null or not(flag)',
  'request.amount * 2 + 1',
  'request.amount < 1000 and review.approved = true',
  '{n: a + 1, s: c, nested: {m: request.amount}}',
  '[a, b, 3]',
  'if a > b then "more" else "less"',
  'count(items) > 0',
  'sum(for i in items return i.price)',
  'some i in items satisfies i.price > a',
  'items[price > 2].price',
  'string length(c)',
  'date("2026-01-01") < today()',
  'now() + duration("P1D")',
  'missing.x > 3',
  'a between 1 and 10',
  'c in ("x", "y")',
  'upper case(c) = "X"',
  'decimal(a / 3, 2)',
  'flag = true',
  'items',
];

const value = fc.oneof(
  fc.integer({ min: -20, max: 20 }),
  fc.constantFrom('x', 'y', 'გ'),
  fc.boolean(),
  fc.constant(null),
);
const contextArb = fc.record({
  a: value,
  b: value,
  c: value,
  flag: value,
  request: fc.record({ amount: fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.constant(null)) }),
  review: fc.record({ approved: fc.oneof(fc.boolean(), fc.constant(null)) }),
  items: fc.array(fc.record({ price: fc.integer({ min: 0, max: 5 }) }), { maxLength: 4 }),
});

function reference(expression: string, context: Record<string, unknown>): unknown {
  const now = () => evaluate(`date and time("${NOW}")`);
  const today = () => evaluate('date("2026-03-02")');
  try {
    return { value: toJsonValue(evaluate(expression, { ...context, now, today })) };
  } catch (error) {
    return { error: String(error) };
  }
}

describe('compileFeel (cached closures) against feelin.evaluate', () => {
  it('gives the same result for every expression and context', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXPRESSIONS), contextArb, (expression, context) => {
        const compiled = compileFeel(expression);
        expect(compiled.ok).toBe(true);
        if (!compiled.ok) return;
        let ours: unknown;
        try {
          ours = { value: compiled.evaluate(context, NOW) };
        } catch (error) {
          ours = { error: String(error) };
        }
        expect(ours).toEqual(reference(expression, context));
      }),
      { numRuns: 2000 },
    );
  });
});
