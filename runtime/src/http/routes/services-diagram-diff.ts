// The diagram diff of two published versions: element by element of their
// compiled definitions and field by field of their forms, with both
// process.bpmn files for the studio to draw and mark. Readable by every role
// of a tenant that may see the service, like the versions themselves.
import type { Bundle, Definition } from '@saqme/engine';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { ROLES } from '../../db/schema/index.ts';
import { withTenant } from '../../db/tenant.ts';
import type { DiagramDiff } from '../../generated/diagram-diff.ts';
import type { DiagramDiffQuery } from '../../generated/diagram-diff-query.ts';
import { versionOf } from '../../services/catalogue.ts';
import { diffElements, diffForms } from '../../services/definition-diff.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema, validQuery } from '../json-schema.ts';
import { authOf, requireRole } from '../middleware/session.ts';
import diffSchema from '../schemas/diagram-diff.schema.json' with { type: 'json' };
import querySchema from '../schemas/diagram-diff-query.schema.json' with { type: 'json' };
import { problemResponses } from './openapi-common.ts';
import { notFound } from './route-helpers.ts';

const DiffBody = jsonSchema<DiagramDiff>(diffSchema);
const Query = jsonSchema<DiagramDiffQuery>(querySchema);

export function diagramDiffRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();

  app.get(
    '/api/services/:serviceId/diagram-diff',
    describeRoute({
      tags: ['services'],
      summary:
        'Compare two published versions element by element (?from=1&to=2), with both diagrams',
      responses: {
        200: jsonContent(DiffBody, 'Added, removed and changed elements and form fields'),
        ...problemResponses(401, 403, 404, 422),
      },
    }),
    requireRole(...ROLES),
    validQuery(Query),
    async (c) => {
      const serviceId = c.req.param('serviceId');
      const { from, to } = c.req.valid('query');
      const [a, b] = await withTenant(db, authOf(c).tenantId, async (tx) => [
        await versionOf(tx, serviceId, Number(from)),
        await versionOf(tx, serviceId, Number(to)),
      ]);
      if (!a || !b) throw notFound();
      const older = a.definition as Definition;
      const newer = b.definition as Definition;
      const body: DiagramDiff = {
        from: a.version,
        to: b.version,
        fromBpmn: (a.bundle as Bundle).files['process.bpmn'] ?? '',
        toBpmn: (b.bundle as Bundle).files['process.bpmn'] ?? '',
        elements: diffElements(older, newer),
        forms: diffForms(older, newer),
      };
      return c.json(body);
    },
  );

  return app;
}
