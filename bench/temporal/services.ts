// The benchmark's services as compiled definitions: ten service tasks in a
// row, and a review task that loops until the clerk says it is done.
import { canonicalJson, type Definition, sha256 } from '@saqme/engine';
import type { LoadedDefinition } from '@saqme/workflows';

export const STEPS = 10;
export const STEP_ACTION = 'registry.record';

type Body = Omit<Definition, 'hash'>;
const L = (ka: string, en: string) => ({ ka, en });

function chain(nodes: Body['nodes'], flows: Body['flows'], pairs: [string, string, string?][]) {
  for (const [source, target, condition] of pairs) {
    const id = `${source}->${target}`;
    flows[id] = { id, source, target, ...(condition ? { condition } : {}) };
    nodes[source]!.outgoing.push(id);
    nodes[target]!.incoming.push(id);
  }
}

function loaded(body: Body): LoadedDefinition {
  const definition = { ...body, hash: sha256(canonicalJson(body)) };
  return { ref: { serviceId: body.service.id, version: 1, hash: definition.hash }, definition };
}

function service(id: string): Body['service'] {
  return {
    id,
    title: L('საბენჩმარკო სერვისი', 'Benchmark service'),
    roles: ['clerk'],
    tenants: ['*'],
    startForm: 'application',
    startVariable: 'application',
    calledServices: [],
  };
}

const applicationForm = { key: 'application', schema: { type: 'object' } };

export function tenSteps(): LoadedDefinition {
  const nodes: Body['nodes'] = {};
  const ids = ['Start', ...Array.from({ length: STEPS }, (_, i) => `Step_${i + 1}`), 'End'];
  ids.forEach((id, i) => {
    nodes[id] =
      i === 0
        ? { id, type: 'startEvent', incoming: [], outgoing: [] }
        : i === ids.length - 1
          ? { id, type: 'endEvent', outcome: 'done', incoming: [], outgoing: [] }
          : {
              id,
              type: 'serviceTask',
              action: STEP_ACTION,
              input: `{step: ${i}}`,
              variable: `step${i}`,
              incoming: [],
              outgoing: [],
            };
  });
  const flows: Body['flows'] = {};
  chain(
    nodes,
    flows,
    ids.slice(1).map((id, i) => [ids[i]!, id]),
  );
  return loaded({
    schemaVersion: 1,
    service: service('bench-ten-steps'),
    forms: { application: applicationForm },
    actions: { [STEP_ACTION]: { title: L('ჩანაწერი', 'Record'), retry: { maximumAttempts: 3 } } },
    start: 'Start',
    nodes,
    flows,
  });
}

export function reviewLoop(): LoadedDefinition {
  const nodes: Body['nodes'] = {
    Start: { id: 'Start', type: 'startEvent', incoming: [], outgoing: [] },
    Review: {
      id: 'Review',
      type: 'userTask',
      form: 'review',
      roles: ['clerk'],
      variable: 'review',
      incoming: [],
      outgoing: [],
    },
    More: { id: 'More', type: 'exclusiveGateway', incoming: [], outgoing: [] },
    End: { id: 'End', type: 'endEvent', outcome: 'reviewed', incoming: [], outgoing: [] },
  };
  const flows: Body['flows'] = {};
  chain(nodes, flows, [
    ['Start', 'Review'],
    ['Review', 'More'],
    ['More', 'Review', 'review.more = true'],
    ['More', 'End'],
  ]);
  nodes.More!.default = 'More->End';
  return loaded({
    schemaVersion: 1,
    service: service('bench-review-loop'),
    forms: {
      application: applicationForm,
      review: {
        key: 'review',
        schema: {
          type: 'object',
          additionalProperties: false,
          required: ['more', 'personalNumber'],
          properties: {
            more: { type: 'boolean' },
            personalNumber: { type: 'string', pattern: '^[0-9]{11}$' },
            note: { type: 'string', maxLength: 500 },
          },
        },
      },
    },
    actions: {},
    start: 'Start',
    nodes,
    flows,
  });
}
