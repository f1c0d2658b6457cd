// The engine's JSON Schemas, for tools that validate or document its files
// and messages (studio editors, OpenAPI, workflow update validators).
import actionCatalogue from './action-catalogue.schema.json' with { type: 'json' };
import command from './command.schema.json' with { type: 'json' };
import definition from './definition.schema.json' with { type: 'json' };
import diagnostic from './diagnostic.schema.json' with { type: 'json' };
import event from './event.schema.json' with { type: 'json' };
import form from './form.schema.json' with { type: 'json' };
import scenario from './scenario.schema.json' with { type: 'json' };
import service from './service.schema.json' with { type: 'json' };
import state from './state.schema.json' with { type: 'json' };

export const schemas = {
  service,
  form,
  scenario,
  definition,
  state,
  event,
  command,
  diagnostic,
  actionCatalogue,
} as const;
