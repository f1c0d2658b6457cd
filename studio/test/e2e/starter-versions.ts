// Two versions of the designer's template for diagram-diff pages: the second
// adds a check before the review, renames the review and adds a note to the
// decision form, so a diff shows an added, a changed and a listed element.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const starter = resolve(import.meta.dirname, '../../src/lib/design/starter');
const read = (path: string) => readFileSync(join(starter, path), 'utf8');

/** The template as service `id`. */
export function version1(id: string): Record<string, string> {
  const service = JSON.parse(read('service.json'));
  return {
    'service.json': JSON.stringify({ ...service, id }),
    'process.bpmn': read('process.bpmn'),
    'forms/application.form.json': read('forms/application.form.json'),
    'forms/decision.form.json': read('forms/decision.form.json'),
  };
}

/** Version 1 with a check before the review, the review renamed, and a note on the decision form. */
export function version2(id: string): Record<string, string> {
  const files = version1(id);
  const swap = (text: string, from: string, to: string) => {
    if (!text.includes(from)) throw new Error(`the template no longer has ${from}`);
    return text.replace(from, to);
  };
  let xml = files['process.bpmn']!;
  xml = swap(
    xml,
    '<bpmn:outgoing>Flow_ToDecide</bpmn:outgoing>\n    </bpmn:startEvent>',
    `<bpmn:outgoing>Flow_ToCheck</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:userTask id="Task_Check" name="შემოწმება" gov:nameEn="Check" gov:form="decision" gov:candidateRoles="clerk">
      <bpmn:incoming>Flow_ToCheck</bpmn:incoming>
      <bpmn:outgoing>Flow_ToDecide</bpmn:outgoing>
    </bpmn:userTask>`,
  );
  xml = swap(xml, 'gov:nameEn="Review"', 'gov:nameEn="Decide"');
  xml = swap(
    xml,
    '<bpmn:sequenceFlow id="Flow_ToDecide" sourceRef="Start" targetRef="Task_Decide" />',
    `<bpmn:sequenceFlow id="Flow_ToCheck" sourceRef="Start" targetRef="Task_Check" />
    <bpmn:sequenceFlow id="Flow_ToDecide" sourceRef="Task_Check" targetRef="Task_Decide" />`,
  );
  xml = swap(
    xml,
    '<di:waypoint x="188" y="200" /><di:waypoint x="250" y="200" />',
    '<di:waypoint x="300" y="300" /><di:waypoint x="300" y="240" />',
  );
  xml = swap(
    xml,
    '</bpmndi:BPMNPlane>',
    `<bpmndi:BPMNShape id="Task_Check_di" bpmnElement="Task_Check"><dc:Bounds x="250" y="300" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_ToCheck_di" bpmnElement="Flow_ToCheck"><di:waypoint x="170" y="218" /><di:waypoint x="170" y="340" /><di:waypoint x="250" y="340" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>`,
  );
  const decision = JSON.parse(files['forms/decision.form.json']!);
  decision.schema.properties.note = { type: 'string', maxLength: 500 };
  decision.ui.fields.note = { widget: 'textarea', label: { ka: 'შენიშვნა', en: 'Note' } };
  return {
    ...files,
    'process.bpmn': xml,
    'forms/decision.form.json': JSON.stringify(decision),
  };
}
