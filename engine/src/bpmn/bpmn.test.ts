import type { ModdleElement } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../test/load-text.ts';
import { Diagnostics } from '../definition/diagnostics.ts';
import { compileFeel } from '../expression/compile-feel.ts';
import { exportBpmn } from './export-bpmn.ts';
import { importBpmn, parseBpmn } from './import-bpmn.ts';
import { readProcess } from './read-process.ts';

const FILES = [
  'municipal-request/process.bpmn',
  'modelers/camunda8.bpmn',
  'modelers/camunda7.bpmn',
  'modelers/bpmn-js-collaboration.bpmn',
];

async function load(xml: string) {
  const d = new Diagnostics();
  const imported = await parseBpmn(xml, d);
  if (!imported) throw new Error(JSON.stringify(d.list));
  const graph = readProcess(imported.definitions, d);
  return { definitions: imported.definitions, graph, diagnostics: d.list };
}

/** Diagram interchange as plain data: every shape's bounds and every edge's waypoints. */
function layout(definitions: ModdleElement) {
  return (definitions.diagrams ?? []).flatMap((diagram: ModdleElement) =>
    (diagram.plane.planeElement ?? []).map((e: ModdleElement) => ({
      id: e.id,
      element: e.bpmnElement?.id,
      bounds: e.bounds && {
        x: e.bounds.x,
        y: e.bounds.y,
        width: e.bounds.width,
        height: e.bounds.height,
      },
      label: e.label?.bounds && { x: e.label.bounds.x, y: e.label.bounds.y },
      waypoints: e.waypoint?.map((p: ModdleElement) => [p.x, p.y]),
    })),
  );
}

describe('BPMN import and export', () => {
  for (const file of FILES) {
    it(`round-trips ${file}: import -> export -> import gives the same model and layout`, async () => {
      const first = await load(fixtureText(file));
      const xml = await exportBpmn(first.definitions);
      const second = await load(xml);
      expect(second.graph).toEqual(first.graph);
      expect(layout(second.definitions)).toEqual(layout(first.definitions));
      expect(layout(first.definitions).length).toBeGreaterThan(3);
      expect(await exportBpmn(second.definitions)).toBe(xml);
    });
  }

  it('keeps gov attributes through export', async () => {
    const { definitions } = await load(fixtureText('municipal-request/process.bpmn'));
    const xml = await exportBpmn(definitions);
    expect(xml).toContain('gov:action="registry.register"');
    expect(xml).toContain('gov:outcome="approved"');
    expect(xml).toContain('xmlns:gov="https://saqme.ge/schema/bpmn/gov/1"');
  });

  it('opens a Camunda 8 Modeler file: zeebe forms, groups and job types, FEEL with "="', async () => {
    const { graph, diagnostics } = await load(fixtureText('modelers/camunda8.bpmn'));
    expect(diagnostics).toEqual([]);
    expect(graph?.nodes.Activity_verify).toMatchObject({
      type: 'userTask',
      form: 'verify-identity',
      roles: ['clerk'],
    });
    expect(graph?.nodes.Activity_send).toMatchObject({
      type: 'serviceTask',
      action: 'pin.sendPuk',
    });
    const condition = graph?.flows.Flow_yes?.condition ?? '';
    expect(condition).toBe('=verifyIdentity.confirmed = true');
    expect(compileFeel(condition).ok).toBe(true);
  });

  it('opens a Camunda 7 Modeler file: camunda:formKey, candidateGroups and external topics', async () => {
    const { graph, diagnostics } = await load(fixtureText('modelers/camunda7.bpmn'));
    expect(diagnostics).toEqual([]);
    expect(graph?.nodes.Task_review).toMatchObject({
      form: 'review',
      roles: ['clerk', 'supervisor'],
    });
    expect(graph?.nodes.Task_mfa).toMatchObject({ action: 'mfa.confirm' });
    expect(graph?.nodes.Event_timeout).toMatchObject({
      type: 'boundaryTimer',
      interrupting: false,
      attachedTo: 'Task_review',
    });
  });

  it('opens a bpmn-js collaboration with lanes and annotations, reading Georgian and English names', async () => {
    const { graph, diagnostics } = await load(fixtureText('modelers/bpmn-js-collaboration.bpmn'));
    expect(diagnostics).toEqual([]);
    expect(graph?.processId).toBe('Process_1');
    expect(graph?.nodes.Task_1?.name).toEqual({ ka: 'მიღება', en: 'Intake' });
  });

  it('offers importBpmn for tools, with diagnostics instead of throwing', async () => {
    const ok = await importBpmn(fixtureText('modelers/camunda8.bpmn'));
    expect(ok.definitions?.$type).toBe('bpmn:Definitions');
    const bad = await importBpmn('<nope');
    expect(bad.definitions).toBeUndefined();
    expect(bad.diagnostics.map((d) => d.code)).toEqual(['BPMN_XML_INVALID']);
  });
});
