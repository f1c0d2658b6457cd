import { readFileSync } from 'node:fs';
import { compile } from '@saqme/engine';
import { describe, expect, it } from 'vitest';
import application from './starter/forms/application.form.json' with { type: 'json' };
import decision from './starter/forms/decision.form.json' with { type: 'json' };
import service from './starter/service.json' with { type: 'json' };
import { defaultActions, replay, savedScenario, type TryRun } from './try-run.ts';

async function starter() {
  const files = {
    'service.json': JSON.stringify(service),
    'process.bpmn': readFileSync(new URL('./starter/process.bpmn', import.meta.url), 'utf8'),
    'forms/application.form.json': JSON.stringify(application),
    'forms/decision.form.json': JSON.stringify(decision),
  };
  const { definition, scenarios } = await compile({ files });
  return { definition: definition!, scenarios };
}

const base: TryRun = {
  at: '2026-03-02T09:00:00+04:00',
  data: { personalNumber: '01001011234', request: 'ცნობის გაცემა' },
  actions: {},
  steps: [],
};

describe('replay', () => {
  it('waits at the first task after the start', async () => {
    const { definition } = await starter();
    const result = replay(definition, base);
    expect(result.status).toBe('running');
    expect(result.state.tokens.map((t) => [t.node, t.wait])).toEqual([['Task_Decide', 'task']]);
  });

  it('follows the steps appended so far to the end', async () => {
    const { definition } = await starter();
    const run = {
      ...base,
      steps: [{ do: 'completeTask' as const, node: 'Task_Decide', data: { approved: false } }],
    };
    const result = replay(definition, run);
    expect(result.path).toEqual(['Start', 'Task_Decide', 'Gw_Approved', 'End_Refused']);
    expect(result.outcome).toBe('refused');
  });
});

describe('savedScenario', () => {
  it('expects the path, status and outcome the run reached, and passes when replayed', async () => {
    const { definition } = await starter();
    const run = {
      ...base,
      steps: [{ do: 'completeTask' as const, node: 'Task_Decide', data: { approved: true } }],
    };
    const saved = savedScenario(replay(definition, run), run, { ka: 'დიახ', en: 'Yes' });
    expect(saved.expect).toEqual({
      path: ['Start', 'Task_Decide', 'Gw_Approved', 'End_Granted'],
      status: 'completed',
      outcome: 'granted',
    });
    const { simulate } = await import('@saqme/engine');
    expect(simulate(definition, saved).ok).toBe(true);
  });
});

describe('defaultActions', () => {
  it('answers each declared action with success and no output when no scenario says otherwise', async () => {
    const { definition } = await starter();
    expect(defaultActions(definition, {})).toEqual({ 'notify.send': { output: {} } });
  });
});
