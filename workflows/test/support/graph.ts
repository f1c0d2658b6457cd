// Test helper: a small definition written as nodes and flows (incoming,
// outgoing and boundary lists derived, the hash computed), loaded as published.
import { canonicalJson, type Definition, type DefinitionNode, sha256 } from '@saqme/engine';
import type { LoadedDefinition } from '../../src/index.ts';
import { ref } from './bundles.ts';

type NodeSpec = Omit<DefinitionNode, 'incoming' | 'outgoing'>;

export function graph(
  serviceId: string,
  nodes: NodeSpec[],
  flows: [string, string][],
  actions: Definition['actions'] = {},
): LoadedDefinition {
  const defNodes: Record<string, DefinitionNode> = {};
  for (const n of nodes) defNodes[n.id] = { ...n, incoming: [], outgoing: [] };
  const defFlows: Definition['flows'] = {};
  for (const [source, target] of flows) {
    const id = `${source}->${target}`;
    defFlows[id] = { id, source, target };
    defNodes[source]!.outgoing.push(id);
    defNodes[target]!.incoming.push(id);
  }
  for (const n of nodes) {
    if (n.attachedTo) {
      const host = defNodes[n.attachedTo]!;
      host.boundaries = [...(host.boundaries ?? []), n.id];
    }
  }
  const body: Omit<Definition, 'hash'> = {
    schemaVersion: 1,
    service: {
      id: serviceId,
      title: { ka: serviceId, en: serviceId },
      roles: ['clerk'],
      tenants: ['*'],
      startForm: 'start',
      startVariable: 'start',
      calledServices: [],
    },
    forms: {},
    actions,
    start: nodes.find((n) => n.type === 'startEvent')!.id,
    nodes: defNodes,
    flows: defFlows,
  };
  return ref({ ...body, hash: sha256(canonicalJson(body)) });
}
