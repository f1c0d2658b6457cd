-- Tenant isolation and the append-only audit trail, which drizzle's schema
-- cannot express. The application's queries run as saqme_app (SET LOCAL ROLE
-- inside each transaction), a non-owner role without BYPASSRLS, so every
-- policy below applies to it. The tenant is the transaction-local setting
-- app.tenant_id, set from the session, never from a request body.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'saqme_app') THEN
    CREATE ROLE saqme_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
  END IF;
EXCEPTION
  -- Roles are cluster-wide: a concurrent migration of another database may win the race.
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT saqme_app TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO saqme_app;
--> statement-breakpoint
GRANT SELECT ON tenants TO saqme_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON users TO saqme_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON role_grants TO saqme_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON services TO saqme_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON service_versions TO saqme_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON cases, tasks TO saqme_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON documents TO saqme_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_events TO saqme_app;
--> statement-breakpoint
CREATE FUNCTION app_tenant() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.tenant_id', true), '') $$;
--> statement-breakpoint
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY users_in_tenant ON users FOR SELECT TO saqme_app USING (
  home_tenant_id = app_tenant()
  OR EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = users.id AND g.tenant_id = app_tenant())
);
--> statement-breakpoint
CREATE POLICY users_insert ON users FOR INSERT TO saqme_app WITH CHECK (home_tenant_id = app_tenant());
--> statement-breakpoint
CREATE POLICY users_update ON users FOR UPDATE TO saqme_app
  USING (home_tenant_id = app_tenant()) WITH CHECK (home_tenant_id = app_tenant());
--> statement-breakpoint
ALTER TABLE role_grants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY role_grants_tenant ON role_grants TO saqme_app
  USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
--> statement-breakpoint
ALTER TABLE services ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY services_read ON services FOR SELECT TO saqme_app
  USING (tenant_id = app_tenant() OR app_tenant() = ANY (runnable_by));
--> statement-breakpoint
CREATE POLICY services_insert ON services FOR INSERT TO saqme_app WITH CHECK (tenant_id = app_tenant());
--> statement-breakpoint
CREATE POLICY services_update ON services FOR UPDATE TO saqme_app
  USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
--> statement-breakpoint
ALTER TABLE service_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY service_versions_read ON service_versions FOR SELECT TO saqme_app USING (
  EXISTS (SELECT 1 FROM services s WHERE s.id = service_versions.service_id)
);
--> statement-breakpoint
CREATE POLICY service_versions_insert ON service_versions FOR INSERT TO saqme_app
  WITH CHECK (tenant_id = app_tenant());
--> statement-breakpoint
ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY cases_tenant ON cases TO saqme_app
  USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
--> statement-breakpoint
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tasks_tenant ON tasks TO saqme_app
  USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
--> statement-breakpoint
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY documents_tenant ON documents TO saqme_app
  USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
--> statement-breakpoint
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_events_tenant ON audit_events TO saqme_app
  USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
--> statement-breakpoint
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update_or_delete
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
