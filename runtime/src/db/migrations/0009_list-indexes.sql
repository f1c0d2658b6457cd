DROP INDEX "cases_search_idx";--> statement-breakpoint
DROP INDEX "cases_tenant_opened_idx";--> statement-breakpoint
DROP INDEX "tasks_inbox_idx";--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "inbox_due" timestamp with time zone GENERATED ALWAYS AS (coalesce(due_at, '9999-12-31 00:00:00+00'::timestamptz)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "cases_status_idx" ON "cases" USING btree ("tenant_id","status","opened_at","id");--> statement-breakpoint
CREATE INDEX "cases_search_idx" ON "cases" USING btree ("tenant_id","service_id","status","opened_at","id");--> statement-breakpoint
CREATE INDEX "cases_tenant_opened_idx" ON "cases" USING btree ("tenant_id","opened_at","id");--> statement-breakpoint
CREATE INDEX "tasks_inbox_idx" ON "tasks" USING btree ("tenant_id","inbox_due","id") WHERE "tasks"."status" IN ('open', 'claimed');