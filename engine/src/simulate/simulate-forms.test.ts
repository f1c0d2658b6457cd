import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../test/load-bundle.ts';
import { compile } from '../definition/compile.ts';
import type { ScenarioFile } from '../generated/scenario.ts';
import type { TaskValidator } from './form-checks.ts';
import { simulate } from './simulate.ts';

// A stand-in for @saqme/forms: `complete` is required on the document check,
// and the start form needs a personal number of eleven digits.
const validateTask: TaskValidator = (form, data) => {
  if (form === 'document-check' && typeof data.complete !== 'boolean')
    return [{ path: '/complete', code: 'required' }];
  if (form === 'citizen-request' && !/^\d{11}$/.test(String(data.personalNumber)))
    return [{ path: '/personalNumber', code: 'format' }];
  return [];
};

const { definition, scenarios } = await compile(loadBundle('municipal-request'));
const approved = scenarios['certificate-approved']!;

function withSteps(steps: ScenarioFile['steps'], start = approved.start): ScenarioFile {
  return { ...approved, start, steps: [...(steps ?? []), ...(approved.steps ?? [])] };
}
const refusedCheck = {
  do: 'completeTask' as const,
  node: 'Task_Check',
  data: { note: 'no answer' },
  expectInvalid: [{ path: '/complete', code: 'required' }],
};

describe('simulate with a form validator', () => {
  it('passes a refusal with exactly the expected issues and leaves the task open', () => {
    const result = simulate(definition!, withSteps([refusedCheck]), { validateTask });
    expect(result.failures).toEqual([]);
    expect(result.outcome).toBe('approved');
    expect(result.timeline).toContainEqual(
      expect.objectContaining({
        kind: 'rejected',
        detail: expect.objectContaining({ code: 'FORM_INVALID' }),
      }),
    );
  });

  it('fails an expected refusal when no validator is given, never passing it silently', () => {
    const result = simulate(definition!, withSteps([refusedCheck]));
    expect(result.ok).toBe(false);
    expect(result.failures).toEqual([
      expect.objectContaining({ code: 'SCENARIO_NO_VALIDATOR', path: 'scenarios#/steps/0' }),
    ]);
    expect(result.failures[0]!.message.en).toContain('validateTask');
    expect(result.failures[0]!.message.ka).toMatch(/[\u10D0-\u10FF]/);
  });

  it('fails when the validator accepts the data or refuses it for other reasons', () => {
    const accepted = simulate(
      definition!,
      withSteps([{ ...refusedCheck, data: { complete: false } }]),
      { validateTask },
    );
    expect(accepted.failures.map((f) => f.code)).toContain('SCENARIO_INVALID_ACCEPTED');
    const other = simulate(
      definition!,
      withSteps([{ ...refusedCheck, expectInvalid: [{ path: '/note', code: 'required' }] }]),
      { validateTask },
    );
    expect(other.failures.map((f) => f.code)).toEqual(['SCENARIO_INVALID_MISMATCH']);
    expect(other.failures[0]!.message.en).toContain('/complete required');
  });

  it('refuses, like a driver, a submission the scenario expects to pass', () => {
    const result = simulate(
      definition!,
      { ...approved, steps: [{ do: 'completeTask', node: 'Task_Check', data: {} }] },
      { validateTask },
    );
    expect(result.failures[0]).toMatchObject({
      code: 'SCENARIO_FORM_INVALID',
      path: 'scenarios#/steps/0',
    });
    expect(result.status).toBe('running');
    expect(result.state.tokens.map((t) => t.node)).toContain('Task_Check');
  });

  it('checks start submissions refused before the case opens', () => {
    const start = {
      ...approved.start,
      invalid: [
        {
          data: { personalNumber: '0100101234' },
          expectInvalid: [{ path: '/personalNumber', code: 'format' }],
        },
      ],
    };
    expect(simulate(definition!, withSteps([], start), { validateTask }).failures).toEqual([]);
    const wrong = { ...start, invalid: [{ ...start.invalid[0]!, data: approved.start.data }] };
    expect(
      simulate(definition!, withSteps([], wrong), { validateTask }).failures.map((f) => f.path),
    ).toEqual(['scenarios#/start/invalid/0']);
    expect(simulate(definition!, withSteps([], start)).failures.map((f) => f.code)).toEqual([
      'SCENARIO_NO_VALIDATOR',
    ]);
  });
});

describe('simulate with a case identity', () => {
  it('starts the case with the scenario’s identity, the service id filled in', () => {
    const start = {
      ...approved.start,
      case: { id: 'c-1', number: 'MR-2026-000001', tenant: 'kutaisi' },
    };
    const result = simulate(definition!, withSteps([], start));
    expect(result.failures).toEqual([]);
    expect(result.state.case).toEqual({
      id: 'c-1',
      number: 'MR-2026-000001',
      tenant: 'kutaisi',
      service: 'municipal-request',
    });
  });
});
