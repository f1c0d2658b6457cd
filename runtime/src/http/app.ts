// The HTTP application: conventions shared by every route (request ids,
// language, logs, metrics, secure headers, CSRF, body limits, sessions,
// problem+json errors), then the routes per resource and the OpenAPI document.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { type ContentSecurityPolicyOptionHandler, NONCE, secureHeaders } from 'hono/secure-headers';
import { openAPIRouteHandler } from 'hono-openapi';
import { type CitizenPortal, citizenPortal } from '../identity/citizen-portal.ts';
import { BUNDLE_LIMITS } from '../services/bundle-archive.ts';
import type { AppDeps, AppEnv } from './env.ts';
import { metricsMiddleware } from './metrics.ts';
import { accessLog } from './middleware/access-log.ts';
import { crossSiteGuard } from './middleware/cross-site.ts';
import { language } from './middleware/language.ts';
import { sessionAuth } from './middleware/session.ts';
import { ProblemError, problemResponse } from './problem.ts';
import { adminUserRoutes } from './routes/admin-users.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { caseActionRoutes } from './routes/case-actions.ts';
import { caseRoutes } from './routes/cases.ts';
import { documentRoutes } from './routes/documents.ts';
import { incidentRoutes } from './routes/incidents.ts';
import { knowledgeRoutes } from './routes/knowledge.ts';
import { kpiRoutes } from './routes/kpis.ts';
import { publicCaseRoutes } from './routes/public-cases.ts';
import { publicServiceRoutes } from './routes/public-services.ts';
import { publicStatusRoutes } from './routes/public-status.ts';
import { sealRoutes } from './routes/seals.ts';
import { serviceVersionRoutes } from './routes/service-versions.ts';
import { serviceRoutes } from './routes/services.ts';
import { diagramDiffRoutes } from './routes/services-diagram-diff.ts';
import { sandboxRoutes } from './routes/services-sandbox.ts';
import { systemRoutes } from './routes/system.ts';
import { taskActionRoutes } from './routes/task-actions.ts';
import { taskAssigneeRoutes } from './routes/task-assignees.ts';
import { taskRoutes } from './routes/tasks.ts';
import { tenantRoutes } from './routes/tenants.ts';

export type { AppDeps, AppEnv, SystemStatus } from './env.ts';

function toProblem(err: Error, deps: AppDeps): ProblemError | undefined {
  if (err instanceof ProblemError) return err;
  if (err instanceof HTTPException) {
    if (err.status === 413)
      return new ProblemError(413, 'request.body-too-large', {
        params: { limit: deps.bodyLimitBytes },
      });
    if (err.status === 401) return new ProblemError(401, 'auth.required');
    if (err.status === 403) return new ProblemError(403, 'auth.forbidden');
    if (err.status === 404) return new ProblemError(404, 'resource.not-found');
    if (err.status < 500) return new ProblemError(400, 'request.malformed');
  }
  return undefined;
}

/** `citizens`: the public pages' identity provider, public services and status key (none by default). */
export function createApp(deps: AppDeps, options: { citizens?: CitizenPortal } = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(requestId());
  app.use(language());
  app.use(accessLog(deps.logger));
  app.use(metricsMiddleware(deps.metrics));
  const secure = (styleSrc: (string | ContentSecurityPolicyOptionHandler)[]) =>
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        styleSrc,
      },
      strictTransportSecurity: 'max-age=63072000; includeSubDomains',
      referrerPolicy: 'no-referrer',
    });
  // Only pages style themselves by nonce; API answers are JSON, and a nonce
  // costs a CSPRNG call on every request.
  const pageHeaders = secure(["'self'", NONCE]);
  const apiHeaders = secure(["'self'"]);
  app.use((c, next) => (c.req.path.startsWith('/api/') ? apiHeaders : pageHeaders)(c, next));
  app.use(crossSiteGuard(deps.trustedOrigins));
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new ProblemError(413, 'request.body-too-large', { params: { limit: maxSize } });
      },
    });
  const jsonLimit = limit(deps.bodyLimitBytes);
  // Uploads may exceed the JSON limit by their own limit plus room for the framing.
  const uploadLimit = limit(deps.documents.maxBytes + 64 * 1024);
  const bundleLimit = limit(BUNDLE_LIMITS.totalBytes + 64 * 1024);
  const draftPath = /^\/api\/services\/[^/]+\/draft$/;
  const completePath = /^\/api\/tasks\/[^/]+\/complete$/;
  const publicStartPath = /^\/api\/public\/services\/[^/]+\/cases$/;
  app.use('/api/*', (c, next) => {
    // No route reads a GET body, and asking whether there is one makes the
    // Node adapter build a full Request on the hottest routes.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    if (c.req.method === 'POST' && c.req.path === '/api/documents') return uploadLimit(c, next);
    if (
      c.req.method === 'POST' &&
      (completePath.test(c.req.path) ||
        publicStartPath.test(c.req.path) ||
        c.req.path === '/api/cases') &&
      c.req.header('Content-Type')?.startsWith('multipart/form-data')
    )
      return uploadLimit(c, next);
    if (c.req.method === 'PUT' && draftPath.test(c.req.path)) return bundleLimit(c, next);
    return jsonLimit(c, next);
  });
  app.use(sessionAuth(deps));

  app.route('/', systemRoutes(deps));
  app.route('/', tenantRoutes(deps));
  app.route('/', authRoutes(deps));
  app.route('/', adminUserRoutes(deps));
  app.route('/', auditRoutes(deps));
  app.route('/', documentRoutes(deps));
  app.route('/', caseRoutes(deps));
  app.route('/', caseActionRoutes(deps));
  app.route('/', taskRoutes(deps));
  app.route('/', taskActionRoutes(deps));
  app.route('/', taskAssigneeRoutes(deps));
  app.route('/', incidentRoutes(deps));
  app.route('/', kpiRoutes(deps));
  app.route('/', sealRoutes(deps));
  app.route('/', serviceRoutes(deps));
  app.route('/', serviceVersionRoutes(deps));
  app.route('/', sandboxRoutes(deps));
  app.route('/', diagramDiffRoutes(deps));
  app.route('/', knowledgeRoutes(deps));
  const citizens = options.citizens ?? citizenPortal();
  app.route('/', publicServiceRoutes(deps, citizens));
  app.route('/', publicCaseRoutes(deps, citizens));
  app.route('/', publicStatusRoutes(deps, citizens));

  app.get(
    '/api/openapi.json',
    openAPIRouteHandler(app, {
      documentation: {
        openapi: '3.1.0',
        info: {
          title: 'Saqme runtime API',
          version: '0.1.0',
          description:
            'Errors are application/problem+json with a stable `code` and a Georgian or English `title` chosen by Accept-Language.',
        },
        components: {
          securitySchemes: {
            session: { type: 'apiKey', in: 'cookie', name: 'saqme_session' },
            bearer: { type: 'http', scheme: 'bearer' },
          },
        },
        security: [{ session: [] }, { bearer: [] }],
      },
    }),
  );

  app.notFound((c) => problemResponse(c, new ProblemError(404, 'route.not-found')));
  app.onError((err, c) => {
    const problem = toProblem(err, deps);
    if (problem) return problemResponse(c, problem);
    deps.logger.error({ requestId: c.get('requestId'), err }, 'unhandled error');
    return problemResponse(c, new ProblemError(500, 'internal'));
  });
  return app;
}
