// The installation's actions by name: each checks its input against the
// schema the example bundles are written to (@saqme/examples'
// action-inputs.schema.json), runs, and returns its output. Expected failures
// are business errors (non-retryable, typed by code); anything else thrown is
// retried by Temporal under the definition's policy.
import type { ActionCatalogue, Localized } from '@saqme/engine';
import { actionInputsSchema } from '@saqme/examples';
import type { ActionRequest } from '@saqme/workflows';
import { businessError } from '@saqme/workflows';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { Db } from '../db/client.ts';

export interface ActionContext {
  db: Db;
  request: ActionRequest;
  now(): Date;
}

export interface ActionDefinition<I = never> {
  name: string;
  title: Localized;
  run(input: I, ctx: ActionContext): Promise<unknown>;
}

export interface ActionRegistry {
  catalogue(): ActionCatalogue;
  run(request: ActionRequest): Promise<unknown>;
}

type InputDefs = { properties: Record<string, { $ref: string }>; $defs: Record<string, object> };

export function inputSchemaOf(name: string): Record<string, unknown> | undefined {
  const schema = actionInputsSchema as unknown as InputDefs;
  const ref = schema.properties[name]?.$ref;
  if (!ref) return undefined;
  // Self-contained: the referenced definition with every $def beside it.
  return { ...schema.$defs[ref.slice('#/$defs/'.length)], $defs: schema.$defs };
}

/** Names, titles and input schemas: what compile() checks service tasks against. */
export function catalogueOf(actions: readonly ActionDefinition<never>[]): ActionCatalogue {
  return Object.fromEntries(
    actions.map((a) => [a.name, { title: a.title, input: inputSchemaOf(a.name) ?? {} }]),
  );
}

export function createActionRegistry(
  db: Db,
  // biome-ignore lint/suspicious/noExplicitAny: each action narrows its own input after validation
  actions: ActionDefinition<any>[],
  now: () => Date = () => new Date(),
): ActionRegistry {
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  const byName = new Map<string, { action: ActionDefinition; check: ValidateFunction }>();
  for (const action of actions) {
    const schema = inputSchemaOf(action.name);
    if (!schema) throw new Error(`action ${action.name} has no input schema in @saqme/examples`);
    byName.set(action.name, { action, check: ajv.compile(schema) });
  }
  return {
    catalogue: () => catalogueOf(actions),
    async run(request) {
      const entry = byName.get(request.action);
      if (!entry) throw businessError('ACTION_UNKNOWN', `no action named ${request.action}`);
      if (!entry.check(request.input)) {
        const e = entry.check.errors?.[0];
        throw businessError(
          'ACTION_INPUT_INVALID',
          `${request.action}: ${e?.instancePath || '/'} ${e?.message ?? 'is invalid'}`,
        );
      }
      return entry.action.run(request.input as never, { db, request, now });
    },
  };
}
