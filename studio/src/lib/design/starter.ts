// The template a new service starts from: a start form, one review task, a
// decision and two outcomes, and a scenario that passes. It compiles clean.
import type { Bundle } from '@saqme/engine';
import application from './starter/forms/application.form.json?raw';
import decision from './starter/forms/decision.form.json?raw';
import process from './starter/process.bpmn?raw';
import granted from './starter/scenarios/granted.json?raw';
import service from './starter/service.json?raw';

export function starterBundle(): Bundle {
  return {
    files: {
      'service.json': service,
      'process.bpmn': process,
      'forms/application.form.json': application,
      'forms/decision.form.json': decision,
      'scenarios/granted.json': granted,
    },
  };
}
