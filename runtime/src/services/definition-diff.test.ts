import { compile, type Definition } from '@saqme/engine';
import { describe, expect, it } from 'vitest';
import { diffElements, diffForms } from './definition-diff.ts';
import { type TrialOptions, trialBundle } from './fixtures/trial-bundle.ts';

async function definition(options: TrialOptions = {}): Promise<Definition> {
  const { definition, diagnostics } = await compile(trialBundle(options));
  if (!definition) throw new Error(JSON.stringify(diagnostics));
  return definition;
}

describe('diffElements', () => {
  it('finds nothing between a definition and itself', async () => {
    const a = await definition();
    expect(diffElements(a, a)).toEqual([]);
    expect(diffForms(a, a)).toEqual([]);
  });

  it('names added nodes and flows, rewired flows and renamed tasks', async () => {
    const before = await definition();
    const after = await definition({ check: true, decideEn: 'Decide' });
    expect(diffElements(before, after)).toEqual([
      {
        id: 'Task_Check',
        kind: 'node',
        type: 'userTask',
        status: 'added',
        name: { ka: 'შემოწმება', en: 'Check' },
        properties: [],
      },
      {
        id: 'Task_Decide',
        kind: 'node',
        type: 'userTask',
        status: 'changed',
        name: { ka: 'განხილვა', en: 'Decide' },
        properties: ['name'],
      },
      {
        id: 'Flow_ToCheck',
        kind: 'flow',
        type: 'sequenceFlow',
        status: 'added',
        name: null,
        properties: [],
      },
      {
        id: 'Flow_ToDecide',
        kind: 'flow',
        type: 'sequenceFlow',
        status: 'changed',
        name: null,
        properties: ['source'],
      },
    ]);
  });

  it('reports the same elements as removed in the other direction', async () => {
    const changes = diffElements(await definition({ check: true }), await definition());
    expect(changes.filter((c) => c.status === 'removed').map((c) => c.id)).toEqual([
      'Task_Check',
      'Flow_ToCheck',
    ]);
  });
});

describe('diffForms', () => {
  it('lists an added field, a changed one and a removed one by form', async () => {
    const before = await definition();
    const after = await definition({ note: true });
    expect(diffForms(before, after)).toEqual([
      { form: 'decision', field: 'note', status: 'added', properties: [] },
    ]);
    expect(diffForms(after, before)).toEqual([
      { form: 'decision', field: 'note', status: 'removed', properties: [] },
    ]);
    const relabelled = structuredClone(after);
    const ui = relabelled.forms.decision!.ui as { fields: Record<string, { label: unknown }> };
    ui.fields.approved!.label = { ka: 'დადასტურებულია', en: 'Confirmed' };
    (relabelled.forms.decision!.schema as { required: string[] }).required = [];
    expect(diffForms(after, relabelled)).toEqual([
      {
        form: 'decision',
        field: 'approved',
        status: 'changed',
        properties: ['required', 'ui.label'],
      },
    ]);
  });

  it('reports a whole form added or removed once, without its fields', async () => {
    const a = await definition();
    const b = structuredClone(a);
    b.forms.extra = { key: 'extra', schema: { type: 'object', properties: { x: {} } } };
    expect(diffForms(a, b)).toEqual([
      { form: 'extra', field: null, status: 'added', properties: [] },
    ]);
  });
});
