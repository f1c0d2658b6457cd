import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../test/load-bundle.ts';
import { compile } from '../definition/compile.ts';
import { simulate } from '../simulate/simulate.ts';
import { exportBpmn } from './export-bpmn.ts';
import { importBpmn } from './import-bpmn.ts';

// The fixture's wait for the citizen's reply, as a receive task with a
// five-day deadline: the same message wait, now able to carry a boundary timer.
const receive = `<bpmn:receiveTask id="Event_WaitReply" name="მოქალაქის პასუხი" gov:nameEn="Citizen&#39;s reply" gov:resultVariable="reply" messageRef="Message_Reply">
      <bpmn:incoming>Flow_3</bpmn:incoming>
      <bpmn:outgoing>Flow_4</bpmn:outgoing>
    </bpmn:receiveTask>
    <bpmn:boundaryEvent id="Timer_ReplyDue" name="5 დღე" attachedToRef="Event_WaitReply">
      <bpmn:outgoing>Flow_ReplyLate</bpmn:outgoing>
      <bpmn:timerEventDefinition id="TED_Reply"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P5D</bpmn:timeDuration></bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>
    <bpmn:endEvent id="End_NoReply" name="პასუხი არ მოსულა" gov:outcome="no-reply">
      <bpmn:incoming>Flow_ReplyLate</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_ReplyLate" sourceRef="Timer_ReplyDue" targetRef="End_NoReply" />`;

function bundle() {
  const { files } = loadBundle('municipal-request');
  const xml = files['process.bpmn']!;
  const start = xml.indexOf('<bpmn:intermediateCatchEvent id="Event_WaitReply"');
  const end =
    xml.indexOf('</bpmn:intermediateCatchEvent>', start) + '</bpmn:intermediateCatchEvent>'.length;
  files['process.bpmn'] = xml.slice(0, start) + receive + xml.slice(end);
  return { files };
}

describe('bpmn:receiveTask', () => {
  it('compiles to a message wait that carries its boundary timer', async () => {
    const { definition, diagnostics } = await compile(bundle());
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(definition?.nodes.Event_WaitReply).toMatchObject({
      type: 'receiveTask',
      message: 'citizen-reply',
      variable: 'reply',
      boundaries: ['Timer_ReplyDue'],
    });
  });

  it('runs both ways in the simulator: the reply in time, and the deadline passing', async () => {
    const { definition, scenarios } = await compile(bundle());
    const complaint = scenarios['complaint-expired']!;
    const reviewed = {
      ...complaint,
      steps: [{ do: 'completeTask' as const, node: 'Task_Review', data: { upheld: true } }],
      expect: {},
    };
    const replied = simulate(definition!, {
      ...reviewed,
      steps: [
        ...reviewed.steps,
        { do: 'message', name: 'citizen-reply', data: { text: 'გმადლობთ' } },
      ],
    });
    expect(replied.failures).toEqual([]);
    expect(replied.outcome).toBe('answered');
    const late = simulate(definition!, {
      ...reviewed,
      steps: [...reviewed.steps, { do: 'wait', duration: 'P6D' }],
    });
    expect(late.path.slice(-3)).toEqual(['Event_WaitReply', 'Timer_ReplyDue', 'End_NoReply']);
    expect(late.outcome).toBe('no-reply');
  });

  it('reports a receive task without a message', async () => {
    const b = bundle();
    b.files['process.bpmn'] = b.files['process.bpmn']!.replace(' messageRef="Message_Reply">', '>');
    const { diagnostics } = await compile(b);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code: 'MESSAGE_MISSING', element: 'Event_WaitReply' }),
    );
  });

  it('survives import and export with its gov attributes', async () => {
    const imported = await importBpmn(bundle().files['process.bpmn']!);
    const xml = await exportBpmn(imported.definitions!);
    expect(xml).toMatch(/<bpmn:receiveTask id="Event_WaitReply"[^>]*gov:resultVariable="reply"/);
    expect(xml).toMatch(/<bpmn:receiveTask id="Event_WaitReply"[^>]*messageRef="Message_Reply"/);
  });
});
