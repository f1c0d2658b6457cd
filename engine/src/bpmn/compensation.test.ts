import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../test/load-bundle.ts';
import { compile } from '../definition/compile.ts';
import { simulate } from '../simulate/simulate.ts';
import { exportBpmn } from './export-bpmn.ts';
import { importBpmn } from './import-bpmn.ts';

const END = '</bpmn:process>';
const COMPENSATION = `<bpmn:boundaryEvent id="Comp_Register" attachedToRef="Task_Register"><bpmn:compensateEventDefinition id="CED_1" /></bpmn:boundaryEvent>
<bpmn:serviceTask id="Undo_Register" name="რეგისტრაციის გაუქმება" gov:nameEn="Withdraw the registration" isForCompensation="true" gov:action="registry.register" gov:input="= {withdraw: registration.number}" />
<bpmn:association id="Assoc_1" associationDirection="One" sourceRef="Comp_Register" targetRef="Undo_Register" />`;
const ERROR_END = [
  '<bpmn:incoming>Flow_16</bpmn:incoming>\n    </bpmn:endEvent>',
  '<bpmn:incoming>Flow_16</bpmn:incoming>\n      <bpmn:errorEventDefinition id="EED_End" errorRef="Error_Refused" />\n    </bpmn:endEvent>',
] as const;

/** The municipal-request fixture with a compensated registration and an error end for a refusal. */
function bundle() {
  const { files } = loadBundle('municipal-request');
  files['process.bpmn'] = files['process.bpmn']!.replace(END, `${COMPENSATION}${END}`).replace(
    ...ERROR_END,
  );
  return { files };
}

describe('compensation and error end events in BPMN', () => {
  it('compile to the host compensation, the handler and the error code', async () => {
    const { definition, diagnostics } = await compile(bundle());
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(definition?.nodes.Task_Register?.compensation).toBe('Undo_Register');
    expect(definition?.nodes.Undo_Register).toMatchObject({
      type: 'serviceTask',
      forCompensation: true,
      incoming: [],
      outgoing: [],
    });
    expect(definition?.nodes.Comp_Register).toBeUndefined();
    expect(definition?.nodes.End_Rejected?.errorCode).toBe('REGISTRY_REFUSED');
  });

  it('need no outcome on an error end event: its error code is the outcome', async () => {
    const { files } = bundle();
    files['process.bpmn'] = files['process.bpmn']!.replace(
      'gov:nameEn="Rejected" gov:outcome="rejected"',
      'gov:nameEn="Rejected"',
    );
    const { diagnostics } = await compile({ files });
    expect(diagnostics.map((d) => d.code)).not.toContain('END_NO_OUTCOME');
  });

  it('survive an import and export round trip unchanged', async () => {
    const xml = bundle().files['process.bpmn']!;
    const imported = await importBpmn(xml);
    const again = await exportBpmn(imported.definitions!);
    expect(again).toContain('<bpmn:compensateEventDefinition id="CED_1" />');
    expect(again).toContain('isForCompensation="true"');
    expect(again).toContain('sourceRef="Comp_Register" targetRef="Undo_Register"');
    expect(again).toContain('<bpmn:errorEventDefinition id="EED_End" errorRef="Error_Refused" />');
    const first = await compile(bundle());
    const { files } = bundle();
    const second = await compile({ files: { ...files, 'process.bpmn': again } });
    expect(second.definition?.hash).toBe(first.definition?.hash);
  });

  it('run in the simulator: a cancelled case withdraws its registration', async () => {
    const { definition } = await compile(bundle());
    const result = simulate(definition!, {
      schemaVersion: 1,
      title: { ka: 'გაუქმება', en: 'Cancelled' },
      start: {
        at: '2026-03-02T09:00:00+04:00',
        data: { personalNumber: '01001012345', requestType: 'certificate' },
      },
      actions: {
        'registry.register': { output: { number: 'MR-1' } },
        'treasury.checkFee': { output: { paid: true } },
      },
      steps: [{ do: 'cancel' }],
      expect: { status: 'cancelled' },
    });
    expect(result.failures).toEqual([]);
    expect(result.path.slice(-1)).toEqual(['Undo_Register']);
    const run = result.timeline.find(
      (t) => t.kind === 'command' && 'node' in t.detail && t.detail.node === 'Undo_Register',
    );
    expect(run?.detail).toMatchObject({ type: 'runAction', input: { withdraw: 'MR-1' } });
  });
});
