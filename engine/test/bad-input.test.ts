import { describe, expect, it } from 'vitest';
import { compile, LIMITS, simulate, start, step } from '../src/index.ts';
import { loadBundle } from './load-bundle.ts';
import { makeDefinition, NOW } from './make-definition.ts';

const NS = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"';

async function codesFor(files: Record<string, string>) {
  const base = loadBundle('municipal-request').files;
  const started = performance.now();
  const { diagnostics, definition } = await compile({ files: { ...base, ...files } });
  return { codes: diagnostics.map((d) => d.code), definition, ms: performance.now() - started };
}

describe('bad input', () => {
  it('reports malformed XML', async () => {
    const { codes, definition } = await codesFor({
      'process.bpmn': `<bpmn:definitions ${NS}><bpmn:process id="P"><bpmn:startEvent id="S">`,
    });
    expect(definition).toBeUndefined();
    expect(codes.some((c) => c.startsWith('BPMN_') || c === 'START_EVENT_COUNT')).toBe(true);
  });

  it('reports binary garbage as unreadable', async () => {
    const { codes } = await codesFor({ 'process.bpmn': '\u0000\u0001PK\u0003\u0004<<>>&&' });
    expect(codes).toContain('BPMN_XML_INVALID');
  });

  it('rejects huge XML before parsing it', async () => {
    const big = `<bpmn:definitions ${NS}>${' '.repeat(LIMITS.bpmnChars)}</bpmn:definitions>`;
    const { codes, ms } = await codesFor({ 'process.bpmn': big });
    expect(codes).toContain('BPMN_LIMIT');
    expect(ms).toBeLessThan(2000);
  });

  it('rejects deep nesting before parsing it', async () => {
    const deep = `<bpmn:definitions ${NS}>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</bpmn:definitions>`;
    const { codes } = await codesFor({ 'process.bpmn': deep });
    expect(codes).toEqual(expect.arrayContaining(['BPMN_LIMIT']));
  });

  it('rejects too many XML elements', async () => {
    const many = `<bpmn:definitions ${NS}><bpmn:process id="P">${'<bpmn:task/>'.repeat(LIMITS.bpmnElements + 1)}</bpmn:process></bpmn:definitions>`;
    const { codes } = await codesFor({ 'process.bpmn': many });
    expect(codes).toContain('BPMN_LIMIT');
  });

  it('rejects processes with too many flow elements', async () => {
    const tasks = Array.from(
      { length: LIMITS.processElements + 1 },
      (_, i) => `<bpmn:endEvent id="E${i}"/>`,
    ).join('');
    const { codes } = await codesFor({
      'process.bpmn': `<bpmn:definitions ${NS}><bpmn:process id="P">${tasks}</bpmn:process></bpmn:definitions>`,
    });
    expect(codes).toContain('BPMN_LIMIT');
  });

  it('does not expand entities (no billion laughs)', async () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><bpmn:definitions ${NS}><bpmn:process id="P" name="&lol3;"/></bpmn:definitions>`;
    const { codes, ms } = await codesFor({ 'process.bpmn': lol });
    expect(codes).toContain('START_EVENT_COUNT');
    expect(ms).toBeLessThan(2000);
  });

  it('rejects huge and deeply nested JSON files and too many files', async () => {
    const huge = await codesFor({
      'forms/big.form.json': `{"schema": {"description": "${'x'.repeat(LIMITS.jsonChars)}"}}`,
    });
    expect(huge.codes).toContain('BUNDLE_LIMIT');
    const deep = await codesFor({
      'forms/deep.form.json': `{"schema": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    });
    expect(deep.codes).toContain('BUNDLE_LIMIT');
    const files: Record<string, string> = {};
    for (let i = 0; i <= LIMITS.files; i++) files[`guide/n${i}.ka.md`] = 'x';
    expect((await codesFor(files)).codes).toContain('BUNDLE_LIMIT');
  });

  it('reports a service that calls itself', async () => {
    const xml = `<bpmn:definitions ${NS} xmlns:gov="https://saqme.ge/schema/bpmn/gov/1"><bpmn:process id="P" isExecutable="true"><bpmn:startEvent id="S"/><bpmn:callActivity id="C" gov:service="municipal-request"/><bpmn:endEvent id="E" gov:outcome="x"/><bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="C"/><bpmn:sequenceFlow id="F2" sourceRef="C" targetRef="E"/></bpmn:process></bpmn:definitions>`;
    const { codes } = await codesFor({ 'process.bpmn': xml });
    expect(codes).toContain('CALL_CYCLE');
  });

  it('reports absurd and overlong durations', async () => {
    const base = loadBundle('municipal-request').files['process.bpmn']!;
    const absurd = await codesFor({ 'process.bpmn': base.replace('>P10D<', '>P999999Y<') });
    expect(absurd.codes).toContain('DURATION_ABSURD');
    const overlong = await codesFor({
      'process.bpmn': base.replace('>P10D<', `>P${'9'.repeat(400)}D<`),
    });
    expect(overlong.codes).toContain('DURATION_INVALID');
  });

  it('reports deeply nested and overlong FEEL without crashing', async () => {
    const base = loadBundle('municipal-request').files['process.bpmn']!;
    const nested = `= ${'('.repeat(1500)}1${')'.repeat(1500)} = 1`;
    const deep = await codesFor({
      'process.bpmn': base.replace('= decision.approved = true and documentCheck.complete', nested),
    });
    expect(deep.codes.filter((c) => c !== 'END_NO_OUTCOME')).toEqual([]);
    const long = await codesFor({
      'process.bpmn': base.replace('= decision.approved = true', `= ${'1 + '.repeat(2000)}1 = 1`),
    });
    expect(long.codes).toContain('FEEL_SYNTAX');
  });
});

describe('bad input at run time', () => {
  const def = makeDefinition(
    [
      { id: 's', type: 'startEvent' },
      { id: 'w', type: 'timerEvent', timer: { kind: 'duration', expression: '= start.wait' } },
      { id: 't', type: 'userTask', form: 'f', roles: ['clerk'] },
      { id: 'e', type: 'endEvent' },
    ],
    [
      ['s', 't'],
      ['t', 'w'],
      ['w', 'e'],
    ],
  );

  it('turns an absurd FEEL duration into an incident, not a crash', () => {
    const first = start(def, { data: { wait: 'P99999999Y' } }, NOW);
    const { commands } = step(
      def,
      first.state,
      { type: 'taskCompleted', taskId: 't/1', data: {} },
      NOW,
    );
    expect(commands).toContainEqual(
      expect.objectContaining({
        type: 'raiseIncident',
        error: expect.objectContaining({ code: 'TIMER_INVALID' }),
      }),
    );
  });

  it('rejects deeply nested event and start data', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const first = start(def, { data: {} }, NOW);
    expect(
      step(def, first.state, { type: 'taskCompleted', taskId: 't/1', data: { deep } }, NOW).rejected
        ?.code,
    ).toBe('DATA_TOO_DEEP');
    expect(start(def, { data: { deep } }, NOW).rejected?.code).toBe('DATA_TOO_DEEP');
  });

  it('stops a simulation that never ends', () => {
    const loop = makeDefinition(
      [
        { id: 's', type: 'startEvent' },
        { id: 'a', type: 'serviceTask', action: 'do.it' },
        { id: 'e', type: 'endEvent' },
      ],
      [
        ['s', 'a'],
        ['a', 'a'],
      ],
    );
    const result = simulate(loop, {
      schemaVersion: 1,
      title: { ka: 'უსასრულო', en: 'Endless' },
      start: { at: NOW, data: {} },
      actions: { 'do.it': { output: {} } },
      expect: {},
    });
    expect(result.failures.map((f) => f.code)).toContain('SIMULATION_LIMIT');
  });
});
