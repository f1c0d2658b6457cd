import { describe, expect, it } from 'vitest';
import { compileFeel } from './compile-feel.ts';

const NOW = '2026-03-01T21:30:00Z';

function run(source: string, context: Record<string, unknown> = {}): unknown {
  const compiled = compileFeel(source);
  if (!compiled.ok) throw new Error(compiled.error.message.en);
  return compiled.evaluate(context, NOW);
}

describe('compileFeel', () => {
  it('evaluates comparisons and boolean logic against the context', () => {
    expect(run('amount > 100 and kind = "urgent"', { amount: 150, kind: 'urgent' })).toBe(true);
  });

  it('accepts the Camunda "=" prefix', () => {
    expect(run('= request.amount * 2', { request: { amount: 4 } })).toBe(8);
  });

  it('returns null for paths into missing values', () => {
    expect(run('missing.x > 3')).toBeNull();
  });

  it('takes now() from the clock argument, as an ISO string', () => {
    expect(run('now()')).toBe('2026-03-01T21:30:00.000Z');
    expect(run('now() + duration("P1D")')).toBe('2026-03-02T21:30:00.000Z');
  });

  it('takes today() as the Tbilisi calendar date of the clock (UTC+4)', () => {
    expect(run('today()')).toMatch(/^2026-03-02/);
    expect(run('date("2026-03-01") < today()')).toBe(true);
  });

  it('returns contexts and lists as plain JSON', () => {
    expect(run('{a: x + 1, b: [1, 2]}', { x: 1 })).toEqual({ a: 2, b: [1, 2] });
  });

  it('reports syntax errors as values with a position and ka/en messages', () => {
    const compiled = compileFeel('amount >');
    expect(compiled.ok).toBe(false);
    if (compiled.ok) return;
    expect(compiled.error.code).toBe('FEEL_SYNTAX');
    expect(compiled.error.from).toBe(8);
    expect(compiled.error.message.ka).toContain('FEEL');
    expect(compiled.error.message.en).toContain('Incomplete');
  });

  it('rejects empty and oversized expressions', () => {
    expect(compileFeel('  = ')).toMatchObject({ ok: false, error: { code: 'FEEL_EMPTY' } });
    expect(compileFeel(`${'1 + '.repeat(2000)}1`)).toMatchObject({
      ok: false,
      error: { code: 'FEEL_TOO_LONG' },
    });
  });

  it('returns the same compiled value for the same source', () => {
    expect(compileFeel('a = 1')).toBe(compileFeel('a = 1'));
  });

  it('reads context names that contain spaces', () => {
    expect(run('first name = "ნინო"', { 'first name': 'ნინო' })).toBe(true);
  });
});
