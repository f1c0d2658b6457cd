-- Tenancy for the tables of the procedure's activities and the built-in
-- actions: the same pattern as 0001 (policies on app_tenant()). The registry
-- tables are reference data shared by every tenant: read-only to the app.
GRANT SELECT, INSERT, UPDATE ON outbox, payments, case_counters TO saqme_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON seals, case_audit_marks TO saqme_app;
--> statement-breakpoint
GRANT SELECT ON registry_persons, registry_accreditations TO saqme_app;
--> statement-breakpoint
ALTER TABLE outbox ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY outbox_tenant ON outbox TO saqme_app
  USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
--> statement-breakpoint
ALTER TABLE payments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY payments_tenant ON payments TO saqme_app
  USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
--> statement-breakpoint
ALTER TABLE seals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY seals_tenant ON seals TO saqme_app
  USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
--> statement-breakpoint
ALTER TABLE case_audit_marks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_audit_marks_tenant ON case_audit_marks TO saqme_app
  USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
--> statement-breakpoint
ALTER TABLE case_counters ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_counters_tenant ON case_counters TO saqme_app
  USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
