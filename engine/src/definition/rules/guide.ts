// Guide pages are linked to steps by element id; a page for a missing step is stale.
import type { RuleContext } from '../rule-context.ts';

export function guide({ graph, guide, d }: RuleContext): void {
  for (const [id, entry] of Object.entries(guide)) {
    if (id !== 'service' && !graph.nodes[id])
      d.add('GUIDE_UNKNOWN_ELEMENT', { path: entry.file }, { file: entry.file, id });
  }
}
