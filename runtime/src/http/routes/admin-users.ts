// The admin API for users and their role grants in the admin's current
// tenant. Everything runs under withTenant: row-level security decides which
// users exist for this admin, so another tenant's user is simply not found.
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { appendAudit } from '../../audit/chain.ts';
import { hashPassword } from '../../auth/password.ts';
import { deleteUserSessions } from '../../auth/sessions.ts';
import type { Tx } from '../../db/client.ts';
import { ROLES, type Role, roleGrants, users } from '../../db/schema/index.ts';
import { withTenant } from '../../db/tenant.ts';
import type { User } from '../../generated/user.ts';
import type { UserCreate } from '../../generated/user-create.ts';
import type { UserUpdate } from '../../generated/user-update.ts';
import type { AppDeps, AppEnv } from '../env.ts';
import { jsonContent, jsonSchema, validJson } from '../json-schema.ts';
import { authOf, requireRole } from '../middleware/session.ts';
import { ProblemError } from '../problem.ts';
import userSchema from '../schemas/user.schema.json' with { type: 'json' };
import userCreateSchema from '../schemas/user-create.schema.json' with { type: 'json' };
import userUpdateSchema from '../schemas/user-update.schema.json' with { type: 'json' };
import { problemResponses } from './openapi-common.ts';
import { isUniqueViolation, notFound, uuidParam } from './route-helpers.ts';

const UserBody = jsonSchema<User>(userSchema);
const UserListBody = jsonSchema<{ items: User[] }>({
  type: 'object',
  required: ['items'],
  additionalProperties: false,
  properties: { items: { type: 'array', items: userSchema } },
});
const CreateBody = jsonSchema<UserCreate>(userCreateSchema);
const UpdateBody = jsonSchema<UserUpdate>(userUpdateSchema);

async function loadUsers(tx: Tx, ids?: string[]): Promise<User[]> {
  const rows = await tx
    .select()
    .from(users)
    .where(ids ? inArray(users.id, ids) : undefined)
    .orderBy(asc(users.username));
  const grants = await tx
    .select({ userId: roleGrants.userId, role: roleGrants.role })
    .from(roleGrants);
  return rows.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    homeTenantId: u.homeTenantId,
    disabled: u.disabledAt !== null,
    roles: ROLES.filter((r) => grants.some((g) => g.userId === u.id && g.role === r)),
  }));
}

async function loadUser(tx: Tx, id: string): Promise<User> {
  const [user] = await loadUsers(tx, [id]);
  if (!user) throw notFound();
  return user;
}

function roleParam(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value)) throw notFound();
  return value as Role;
}

export function adminUserRoutes(deps: AppDeps) {
  const { db } = deps.database;
  const app = new Hono<AppEnv>();
  const admin = requireRole('admin');
  const tag = { tags: ['admin'] };

  app.get(
    '/api/admin/users',
    describeRoute({
      ...tag,
      summary: "Users of the admin's tenant",
      responses: { 200: jsonContent(UserListBody, 'Users'), ...problemResponses(401, 403) },
    }),
    admin,
    async (c) => c.json({ items: await withTenant(db, authOf(c).tenantId, (tx) => loadUsers(tx)) }),
  );

  app.post(
    '/api/admin/users',
    describeRoute({
      ...tag,
      summary: 'Create a user in this tenant',
      responses: { 201: jsonContent(UserBody, 'Created'), ...problemResponses(401, 403, 409, 422) },
    }),
    admin,
    validJson(CreateBody),
    async (c) => {
      const auth = authOf(c);
      const body = c.req.valid('json');
      const passwordHash = await hashPassword(body.password);
      try {
        const user = await withTenant(db, auth.tenantId, async (tx) => {
          const [row] = await tx
            .insert(users)
            .values({
              username: body.username,
              displayName: body.displayName,
              passwordHash,
              homeTenantId: auth.tenantId,
            })
            .returning({ id: users.id });
          const roles = body.roles ?? [];
          if (roles.length) {
            await tx.insert(roleGrants).values(
              roles.map((role) => ({
                userId: row!.id,
                tenantId: auth.tenantId,
                role,
                grantedBy: auth.user.id,
              })),
            );
          }
          await appendAudit(tx, {
            tenantId: auth.tenantId,
            actor: auth.user.id,
            type: 'user.created',
            payload: { userId: row!.id, username: body.username, roles },
            at: deps.now(),
          });
          return loadUser(tx, row!.id);
        });
        return c.json(user, 201);
      } catch (e) {
        if (isUniqueViolation(e)) throw new ProblemError(409, 'user.username-taken');
        throw e;
      }
    },
  );

  app.get(
    '/api/admin/users/:userId',
    describeRoute({
      ...tag,
      summary: 'One user',
      responses: { 200: jsonContent(UserBody, 'The user'), ...problemResponses(401, 403, 404) },
    }),
    admin,
    async (c) => {
      const id = uuidParam(c.req.param('userId'));
      return c.json(await withTenant(db, authOf(c).tenantId, (tx) => loadUser(tx, id)));
    },
  );

  app.patch(
    '/api/admin/users/:userId',
    describeRoute({
      ...tag,
      summary: 'Rename, reset the password of, or disable a user of this tenant',
      responses: { 200: jsonContent(UserBody, 'Updated'), ...problemResponses(401, 403, 404, 422) },
    }),
    admin,
    validJson(UpdateBody),
    async (c) => {
      const auth = authOf(c);
      const id = uuidParam(c.req.param('userId'));
      const body = c.req.valid('json');
      const changes = {
        ...(body.displayName !== undefined ? { displayName: body.displayName } : {}),
        ...(body.password !== undefined ? { passwordHash: await hashPassword(body.password) } : {}),
        ...(body.disabled !== undefined ? { disabledAt: body.disabled ? deps.now() : null } : {}),
      };
      const user = await withTenant(db, auth.tenantId, async (tx) => {
        const updated = await tx
          .update(users)
          .set(changes)
          .where(eq(users.id, id))
          .returning({ id: users.id });
        if (!updated.length) throw notFound();
        await appendAudit(tx, {
          tenantId: auth.tenantId,
          actor: auth.user.id,
          type: 'user.updated',
          payload: { userId: id, fields: Object.keys(body).sort() },
          at: deps.now(),
        });
        return loadUser(tx, id);
      });
      // A new password or a disabled account ends the user's sessions everywhere.
      if (body.password !== undefined || body.disabled) await deleteUserSessions(db, id);
      return c.json(user);
    },
  );

  app.put(
    '/api/admin/users/:userId/roles/:role',
    describeRoute({
      ...tag,
      summary: 'Grant a role in this tenant',
      responses: {
        200: jsonContent(UserBody, 'The user with the role'),
        ...problemResponses(401, 403, 404),
      },
    }),
    admin,
    async (c) => {
      const auth = authOf(c);
      const id = uuidParam(c.req.param('userId'));
      const role = roleParam(c.req.param('role'));
      const user = await withTenant(db, auth.tenantId, async (tx) => {
        await loadUser(tx, id);
        const added = await tx
          .insert(roleGrants)
          .values({ userId: id, tenantId: auth.tenantId, role, grantedBy: auth.user.id })
          .onConflictDoNothing()
          .returning({ role: roleGrants.role });
        if (added.length) {
          await appendAudit(tx, {
            tenantId: auth.tenantId,
            actor: auth.user.id,
            type: 'role.granted',
            payload: { userId: id, role },
            at: deps.now(),
          });
        }
        return loadUser(tx, id);
      });
      return c.json(user);
    },
  );

  app.delete(
    '/api/admin/users/:userId/roles/:role',
    describeRoute({
      ...tag,
      summary: 'Revoke a role in this tenant',
      responses: {
        200: jsonContent(UserBody, 'The user without the role'),
        ...problemResponses(401, 403, 404, 409),
      },
    }),
    admin,
    async (c) => {
      const auth = authOf(c);
      const id = uuidParam(c.req.param('userId'));
      const role = roleParam(c.req.param('role'));
      const user = await withTenant(db, auth.tenantId, async (tx) => {
        const before = await loadUser(tx, id);
        if (!before.roles.includes(role)) return before;
        if (role === 'admin') {
          const [admins] = await tx
            .select({ n: count() })
            .from(roleGrants)
            .where(eq(roleGrants.role, 'admin'));
          if ((admins?.n ?? 0) <= 1) throw new ProblemError(409, 'user.last-admin');
        }
        await tx
          .delete(roleGrants)
          .where(and(eq(roleGrants.userId, id), eq(roleGrants.role, role)));
        await appendAudit(tx, {
          tenantId: auth.tenantId,
          actor: auth.user.id,
          type: 'role.revoked',
          payload: { userId: id, role },
          at: deps.now(),
        });
        // Without a grant here, a user of another home tenant is no longer visible: answer from before.
        return { ...before, roles: before.roles.filter((r) => r !== role) };
      });
      return c.json(user);
    },
  );

  return app;
}
