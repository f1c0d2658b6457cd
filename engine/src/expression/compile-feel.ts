// FEEL expressions (conditions, mappings, durations) compiled once per source
// text and evaluated many times against plain JSON contexts. now() and today()
// come from the caller's clock, never from the machine's.
import { date, evaluate, lintError, parseExpression } from 'feelin';
import { feelBody } from './feel-body.ts';
import { freeVariablePaths } from './feel-names.ts';
import { feelMessages, toJsonValue } from './feel-value.ts';
import type { Localized } from './localized.ts';

export interface FeelError {
  code: string;
  message: Localized;
  from?: number;
  to?: number;
}

export type FeelCompiled =
  | { ok: true; evaluate(context: Record<string, unknown>, now: string): unknown }
  | { ok: false; error: FeelError };

/** Longest FEEL source accepted; longer text is a diagnostic, not a parse. */
export const MAX_FEEL_LENGTH = 4000;
const CACHE_LIMIT = 10_000;
const cache = new Map<string, FeelCompiled>();

/** Georgia keeps UTC+4 all year, so today() is the Tbilisi calendar date of `now`. */
function tbilisiDate(now: string): string {
  const ms = Date.parse(now);
  if (Number.isNaN(ms)) return now.slice(0, 10);
  return new Date(ms + 4 * 3600_000).toISOString().slice(0, 10);
}

function clockContext(context: Record<string, unknown>, now: string): Record<string, unknown> {
  return {
    ...context,
    now: () => date(now),
    today: () => date(tbilisiDate(now)),
  };
}

function syntaxError(body: string): FeelError | undefined {
  const tree = parseExpression(body);
  let error: FeelError | undefined;
  tree.iterate({
    enter(node) {
      if (error) return false;
      if (!node.type.isError) return undefined;
      const lint = lintError(node);
      error = {
        code: 'FEEL_SYNTAX',
        message: feelMessages.syntax(lint.message),
        from: lint.from,
        to: lint.to,
      };
      return false;
    },
  });
  return error;
}

type Wrapper = { fn: (...args: unknown[]) => unknown };

/**
 * feelin parses on every evaluate(). Evaluating `function(<free names>) (<body>)`
 * once yields feelin's own compiled closure for the body; calling it with the
 * variables as arguments skips the parse while keeping feelin's semantics.
 */
function prepare(
  body: string,
): ((context: Record<string, unknown>, now: string) => unknown) | undefined {
  const names = [...new Set(freeVariablePaths(body).map((p) => p[0]!))].filter(
    (n) => n !== 'now' && n !== 'today',
  );
  // Names with spaces or odd characters cannot be parameters: parse per call.
  if (!names.every((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n))) return undefined;
  const params = ['now', 'today', ...names];
  let wrapper: Wrapper;
  try {
    wrapper = evaluate(`function(${params.join(', ')}) (${body})`) as Wrapper;
  } catch {
    return undefined;
  }
  if (typeof wrapper?.fn !== 'function') return undefined;
  return (context, now) =>
    wrapper.fn(
      () => date(now),
      () => date(tbilisiDate(now)),
      ...names.map((n) => context[n]),
    );
}

function build(source: string): FeelCompiled {
  const body = feelBody(source);
  if (body === '')
    return { ok: false, error: { code: 'FEEL_EMPTY', message: feelMessages.empty() } };
  if (body.length > MAX_FEEL_LENGTH) {
    return {
      ok: false,
      error: { code: 'FEEL_TOO_LONG', message: feelMessages.tooLong(MAX_FEEL_LENGTH) },
    };
  }
  const error = syntaxError(body);
  if (error) return { ok: false, error };
  const fast = prepare(body);
  return {
    ok: true,
    evaluate: fast
      ? (context, now) => toJsonValue(fast(context, now))
      : (context, now) => toJsonValue(evaluate(body, clockContext(context, now))),
  };
}

/**
 * Compiles a FEEL expression, cached by source. Accepts the Camunda `=`
 * prefix. Evaluation returns plain JSON (dates and durations as ISO strings)
 * and null where FEEL yields null.
 */
export function compileFeel(source: string): FeelCompiled {
  const hit = cache.get(source);
  if (hit) return hit;
  const compiled = build(source);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(source, compiled);
  return compiled;
}
