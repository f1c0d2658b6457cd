ALTER TABLE "tasks" ADD COLUMN "case_number" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "service_id" text;--> statement-breakpoint
UPDATE "tasks" t SET "case_number" = c."number", "service_id" = c."service_id"
FROM "cases" c WHERE c."id" = t."case_id";
--> statement-breakpoint
-- Every writer of tasks (the projection, seeds, tests) gets the case's facts
-- without having to know about them; the function runs as the inserting
-- role, so row-level security still decides which case it can see.
CREATE FUNCTION tasks_copy_case_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c."number", c."service_id" INTO NEW."case_number", NEW."service_id"
  FROM "cases" c WHERE c."id" = NEW."case_id";
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER tasks_copy_case_facts
  BEFORE INSERT ON "tasks"
  FOR EACH ROW EXECUTE FUNCTION tasks_copy_case_facts();
