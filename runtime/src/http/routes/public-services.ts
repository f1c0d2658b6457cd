// Public routes without a staff session: who the applicant is, which
// services citizens may apply for, and one service's start form as a citizen
// fills it in.
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import type { PublicIdentity } from '../../generated/public-identity.ts';
import type { PublicService } from '../../generated/public-service.ts';
import type { PublicServiceList } from '../../generated/public-service-list.ts';
import { citizenForm, identityFieldsOf } from '../../identity/citizen-form.ts';
import { maskedPersonalNumber } from '../../identity/citizen-identity.ts';
import type { CitizenPortal } from '../../identity/citizen-portal.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema } from '../json-schema.ts';
import identitySchema from '../schemas/public-identity.schema.json' with { type: 'json' };
import serviceSchema from '../schemas/public-service.schema.json' with { type: 'json' };
import listSchema from '../schemas/public-service-list.schema.json' with { type: 'json' };
import { problemResponses } from './openapi-common.ts';
import { publicCatalogue, startFormOf } from './public-catalogue.ts';
import { citizenOf } from './public-citizen.ts';
import { notFound } from './route-helpers.ts';

const IdentityBody = jsonSchema<PublicIdentity>(identitySchema);
const ListBody = jsonSchema<PublicServiceList>(listSchema);
const ServiceBody = jsonSchema<PublicService>(serviceSchema);

export function publicServiceRoutes(deps: AppDeps, portal: CitizenPortal) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();

  app.get(
    '/api/public/identity',
    describeRoute({
      tags: ['public'],
      summary: 'The applicant as the identity provider vouches for them',
      security: [],
      responses: {
        200: jsonContent(IdentityBody, 'The applicant'),
        ...problemResponses(401),
      },
    }),
    async (c) => {
      const citizen = await citizenOf(c, portal);
      return c.json({
        kind: portal.identity.kind,
        firstName: citizen.firstName,
        lastName: citizen.lastName,
        personalNumber: maskedPersonalNumber(citizen.personalNumber),
        demo: citizen.demo,
      } satisfies PublicIdentity);
    },
  );

  app.get(
    '/api/public/services',
    describeRoute({
      tags: ['public'],
      summary: 'Published services open to citizens, with the tenants that run each',
      security: [],
      responses: { 200: jsonContent(ListBody, 'The services') },
    }),
    async (c) => {
      const entries = await publicCatalogue(db, portal);
      return c.json({
        items: entries.map(({ definition: _definition, ...summary }) => summary),
      } satisfies PublicServiceList);
    },
  );

  app.get(
    '/api/public/services/:serviceId',
    describeRoute({
      tags: ['public'],
      summary: "A public service's start form as a citizen fills it in",
      security: [],
      responses: {
        200: jsonContent(ServiceBody, 'The service'),
        ...problemResponses(404),
      },
    }),
    async (c) => {
      const [entry] = await publicCatalogue(db, portal, c.req.param('serviceId'));
      if (!entry) throw notFound();
      const { definition, ...summary } = entry;
      const form = startFormOf(definition);
      return c.json({
        ...summary,
        form: citizenForm(form) as unknown as Record<string, unknown>,
        identityFields: identityFieldsOf(form),
      } satisfies PublicService);
    },
  );

  return app;
}
