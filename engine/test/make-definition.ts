// Test helper: a compiled definition written as data, with incoming,
// outgoing and boundary lists derived, for interpreter tests.

import type { Definition, DefinitionNode } from '../src/index.ts';
import { canonicalJson, sha256 } from '../src/index.ts';

type NodeSpec = Omit<DefinitionNode, 'incoming' | 'outgoing'> & { defaultTo?: string };
type FlowSpec = [source: string, target: string, condition?: string];

export function makeDefinition(nodes: NodeSpec[], flows: FlowSpec[]): Definition {
  const defNodes: Record<string, DefinitionNode> = {};
  for (const { defaultTo: _, ...n } of nodes) defNodes[n.id] = { ...n, incoming: [], outgoing: [] };
  const defFlows: Definition['flows'] = {};
  for (const [source, target, condition] of flows) {
    const id = `${source}->${target}`;
    defFlows[id] = { id, source, target, ...(condition ? { condition } : {}) };
    defNodes[source]!.outgoing.push(id);
    defNodes[target]!.incoming.push(id);
  }
  for (const n of nodes) {
    if (n.defaultTo) defNodes[n.id]!.default = `${n.id}->${n.defaultTo}`;
    if (n.attachedTo) {
      const host = defNodes[n.attachedTo]!;
      host.boundaries = [...(host.boundaries ?? []), n.id];
    }
  }
  const body: Omit<Definition, 'hash'> = {
    schemaVersion: 1,
    service: {
      id: 'test',
      title: { ka: 'ტესტი', en: 'Test' },
      roles: ['clerk'],
      tenants: ['*'],
      startForm: 'start',
      startVariable: 'start',
      calledServices: [],
    },
    forms: {},
    actions: {
      'do.it': { title: { ka: 'მოქმედება', en: 'Action' }, retry: { maximumAttempts: 3 } },
    },
    start: nodes.find((n) => n.type === 'startEvent')!.id,
    nodes: defNodes,
    flows: defFlows,
  };
  return { ...body, hash: sha256(canonicalJson(body)) };
}

export const NOW = '2026-03-02T05:00:00.000Z';
