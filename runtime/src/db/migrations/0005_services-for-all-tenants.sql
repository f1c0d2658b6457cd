-- A service whose service.json names no tenants runs everywhere: runnable_by
-- then holds '*', which every tenant may read.
DROP POLICY services_read ON services;
--> statement-breakpoint
CREATE POLICY services_read ON services FOR SELECT TO saqme_app
  USING (tenant_id = app_tenant() OR app_tenant() = ANY (runnable_by) OR '*' = ANY (runnable_by));
