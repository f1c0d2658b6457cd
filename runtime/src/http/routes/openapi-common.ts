// OpenAPI fragments shared by the route files: problem responses by status.
import { resolver } from 'hono-openapi';
import type { Problem } from '../../generated/problem.ts';
import { jsonSchema } from '../json-schema.ts';
import problemSchema from '../schemas/problem.schema.json' with { type: 'json' };

const ProblemBody = jsonSchema<Problem>(problemSchema);

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request could not be read',
  401: 'Not signed in',
  403: 'Not allowed, or not in this tenant',
  404: 'Not found in the current tenant',
  409: 'Conflicts with the current state',
  413: 'Body too large',
  422: 'Invalid data; `issues` lists each field',
  429: 'Too many attempts; see Retry-After',
};

export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      {
        description: DESCRIPTIONS[s] ?? 'Problem',
        content: { 'application/problem+json': { schema: resolver(ProblemBody) } },
      },
    ]),
  );
}
