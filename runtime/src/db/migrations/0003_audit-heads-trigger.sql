-- Keeps audit_heads at the newest event of each tenant's chain. The function
-- runs as its owner, so the application role needs no access to the table;
-- an event whose seq does not extend the head by one is refused, which also
-- makes the chain gap-free under concurrent writers.
CREATE FUNCTION audit_heads_advance() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE
  head_seq bigint;
BEGIN
  SELECT seq INTO head_seq FROM audit_heads WHERE tenant_id = NEW.tenant_id FOR UPDATE;
  IF coalesce(head_seq, 0) + 1 <> NEW.seq THEN
    RAISE EXCEPTION 'audit chain of % expects seq %, got %', NEW.tenant_id, coalesce(head_seq, 0) + 1, NEW.seq
      USING ERRCODE = 'serialization_failure';
  END IF;
  INSERT INTO audit_heads (tenant_id, seq, hash) VALUES (NEW.tenant_id, NEW.seq, NEW.hash)
  ON CONFLICT (tenant_id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_advance_head
  AFTER INSERT ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_heads_advance();
--> statement-breakpoint
REVOKE ALL ON audit_heads FROM PUBLIC;
