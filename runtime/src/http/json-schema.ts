// Request and response schemas are JSON Schema files (`schemas/*.schema.json`,
// whose TypeScript types are generated). This adapter makes a schema a
// Standard Schema, so hono-openapi both validates requests with it (ajv) and
// publishes it unchanged in the OpenAPI document.
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { loadVendor, resolver, validator } from 'hono-openapi';
import { isMessageCode } from './messages.ts';
import type { FieldIssue } from './problem.ts';
import { ProblemError } from './problem.ts';

const VENDOR = 'saqme-json-schema';
const SOURCE = Symbol('json-schema');

const ajv = new Ajv2020({ allErrors: true, strict: true, $data: false });
addFormats.default(ajv);

type Issue = { message: string; path: readonly PropertyKey[]; issue: FieldIssue };
export interface JsonSchema<T> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => { value: T; issues?: undefined } | { issues: Issue[] };
    readonly types?: { readonly input: T; readonly output: T };
  };
  readonly [SOURCE]: Record<string, unknown>;
}

function toIssue(e: ErrorObject): Issue {
  const keyword = `field.${e.keyword}`;
  const code = isMessageCode(keyword) ? keyword : 'field.invalid';
  const missing = e.keyword === 'required' ? `/${String(e.params.missingProperty)}` : '';
  const path = `${e.instancePath}${missing}`;
  const params =
    e.keyword === 'required'
      ? { property: e.params.missingProperty }
      : (e.params as Record<string, unknown>);
  return { message: code, path: path.split('/').slice(1), issue: { code, path, params } };
}

/** Wraps a JSON Schema (2020-12) whose instances are of type T. */
export function jsonSchema<T>(schema: Record<string, unknown>): JsonSchema<T> {
  const validate = ajv.compile<T>(schema);
  return {
    '~standard': {
      version: 1,
      vendor: VENDOR,
      validate: (value) =>
        validate(value) ? { value: value as T } : { issues: (validate.errors ?? []).map(toIssue) },
    },
    [SOURCE]: schema,
  };
}

function openApiSchema(schema: unknown): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = (schema as JsonSchema<unknown>)[SOURCE];
  return rest;
}

loadVendor(VENDOR, { toOpenAPISchema: async (schema) => openApiSchema(schema) });

/** Validates the JSON body against the schema; failures become 422 with field issues. */
export function validJson<T>(schema: JsonSchema<T>) {
  return validator('json', schema, (result) => {
    if (!result.success) {
      const issues = (result.error as readonly Issue[]).map((i) => i.issue);
      throw new ProblemError(422, 'request.invalid', { issues });
    }
  });
}

/** Validates the query string (values are strings) against the schema; failures become 422. */
export function validQuery<T>(schema: JsonSchema<T>) {
  return validator('query', schema, (result) => {
    if (!result.success) {
      const issues = (result.error as readonly Issue[]).map((i) => i.issue);
      throw new ProblemError(422, 'request.invalid', { issues });
    }
  });
}

/** Describes a JSON response body in the OpenAPI document. */
export function jsonContent(schema: JsonSchema<unknown>, description: string) {
  return { description, content: { 'application/json': { schema: resolver(schema) } } };
}
