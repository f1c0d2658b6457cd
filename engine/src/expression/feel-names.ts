// Finds the variable paths a FEEL expression reads (e.g. `request.amount`), so
// the compiler can check them against form schemas. Names bound inside the
// expression (for, some/every, filters, context keys, function parameters)
// are not free and are left out.
import { parseExpression } from 'feelin';
import { feelBody } from './feel-body.ts';

type SyntaxNode = ReturnType<typeof parseExpression>['topNode'];

function text(src: string, n: SyntaxNode): string {
  return src.slice(n.from, n.to).trim();
}

function children(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

function pathOf(src: string, n: SyntaxNode): { root: SyntaxNode; names: string[] } {
  const [head, tail] = children(n);
  if (head?.name === 'PathExpression') {
    const inner = pathOf(src, head);
    return { root: inner.root, names: tail ? [...inner.names, text(src, tail)] : inner.names };
  }
  if (head?.name === 'VariableName') {
    return { root: head, names: tail ? [text(src, head), text(src, tail)] : [text(src, head)] };
  }
  return { root: head ?? n, names: [] };
}

function walk(src: string, n: SyntaxNode, bound: Set<string>, out: string[][]): void {
  switch (n.name) {
    case 'VariableName': {
      const name = text(src, n);
      if (!bound.has(name)) out.push([name]);
      return;
    }
    case 'PathExpression': {
      const { root, names } = pathOf(src, n);
      if (names.length === 0) {
        walk(src, root, bound, out);
        return;
      }
      if (!bound.has(names[0] ?? '')) out.push(names);
      return;
    }
    case 'FunctionInvocation': {
      const [callee, ...rest] = children(n);
      if (callee && callee.name !== 'VariableName') walk(src, callee, bound, out);
      for (const c of rest) walk(src, c, bound, out);
      return;
    }
    case 'NamedParameter': {
      for (const c of children(n)) if (c.name !== 'ParameterName') walk(src, c, bound, out);
      return;
    }
    case 'FilterExpression': {
      const [list] = children(n);
      if (list) walk(src, list, bound, out);
      return;
    }
    case 'Context': {
      // An entry sees the entries before it, not itself.
      const inner = new Set(bound);
      for (const entry of children(n)) {
        if (entry.name !== 'ContextEntry') continue;
        const [key, ...value] = children(entry);
        for (const v of value) walk(src, v, inner, out);
        if (key) inner.add(text(src, key));
      }
      return;
    }
    case 'ForExpression':
    case 'QuantifiedExpression':
    case 'FunctionDefinition': {
      const inner = new Set(bound);
      const names = (node: SyntaxNode): void => {
        for (const c of children(node)) {
          if (c.name === 'Name' || c.name === 'ParameterName') inner.add(text(src, c));
          else if (
            c.name === 'InExpressions' ||
            c.name === 'InExpression' ||
            c.name === 'FormalParameters' ||
            c.name === 'FormalParameter'
          )
            names(c);
        }
      };
      names(n);
      for (const c of children(n)) walk(src, c, inner, out);
      return;
    }
    default:
      for (const c of children(n)) walk(src, c, bound, out);
  }
}

/** Variable paths read by a (syntactically valid) FEEL expression, deduplicated. */
export function freeVariablePaths(source: string): string[][] {
  const body = feelBody(source);
  const out: string[][] = [];
  walk(body, parseExpression(body).topNode, new Set(), out);
  const seen = new Set<string>();
  return out.filter((p) => {
    const key = p.join('.');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
