// FEEL in conditions, mappings and timers: syntax, and every variable path
// checked against the variables in scope and their form or action schemas.
import { compileFeel } from '../../expression/compile-feel.ts';
import { freeVariablePaths } from '../../expression/feel-names.ts';
import { BPMN, type RuleContext } from '../rule-context.ts';

type Schema = Record<string, unknown>;

interface Site {
  element: string;
  where: string;
  source: string;
  extra?: string[];
}

function sites({ graph }: RuleContext): Site[] {
  const out: Site[] = [];
  for (const f of Object.values(graph.flows)) {
    if (f.condition) out.push({ element: f.id, where: `${f.id} condition`, source: f.condition });
  }
  for (const n of Object.values(graph.nodes)) {
    if (n.input) out.push({ element: n.id, where: `${n.id} input`, source: n.input });
    if (n.output)
      out.push({ element: n.id, where: `${n.id} output`, source: n.output, extra: ['result'] });
    if (n.timer?.expression.startsWith('=')) {
      out.push({ element: n.id, where: `${n.id} timer`, source: n.timer.expression });
    }
  }
  return out;
}

/** Walks a path through object schemas; returns the first unknown field, if any. */
function unknownField(schema: Schema | undefined, names: string[]): string | undefined {
  let at = schema;
  for (const name of names) {
    if (at?.type !== 'object' || typeof at.properties !== 'object') return undefined;
    const props = at.properties as Record<string, Schema>;
    if (!(name in props))
      return at.additionalProperties === false || at.additionalProperties === undefined
        ? name
        : undefined;
    at = props[name];
  }
  return undefined;
}

export function expressions(ctx: RuleContext): void {
  for (const site of sites(ctx)) {
    const at = { path: BPMN, element: site.element };
    const compiled = compileFeel(site.source);
    if (!compiled.ok) {
      ctx.d.add('FEEL_SYNTAX', at, {
        where: site.where,
        detail: compiled.error.message.en.replace(/^Invalid FEEL expression: /, ''),
      });
      continue;
    }
    for (const [root, ...rest] of freeVariablePaths(site.source)) {
      if (!root || site.extra?.includes(root)) continue;
      if (!ctx.variables.has(root)) {
        ctx.d.add('FEEL_UNKNOWN_VARIABLE', at, { name: root, where: site.where });
        continue;
      }
      const field = unknownField(ctx.variables.get(root), rest);
      if (field)
        ctx.d.add('FEEL_UNKNOWN_FIELD', at, {
          name: `${root}.${rest.join('.')}`,
          where: site.where,
        });
    }
  }
}
