// One configured moddle instance: BPMN 2.0 plus our `gov` extension.
/// <reference path="./bpmn-moddle.d.ts" />
import { BpmnModdle } from 'bpmn-moddle';
import gov from './gov.moddle.json' with { type: 'json' };

export const govDescriptor = gov;

export function createModdle(): BpmnModdle {
  return new BpmnModdle({ gov });
}
