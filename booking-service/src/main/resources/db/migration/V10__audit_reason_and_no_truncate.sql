-- The "why" of an entry, where its object alone does not say it (which session of a plan, which time off): ids
-- and codes, never personal or health data. Entries written before it have none.
ALTER TABLE audit_entry ADD COLUMN reason TEXT;

-- TRUNCATE fires no row trigger, so the append-only rule of V2 did not cover it: one for the statement does.
CREATE TRIGGER audit_entry_never_truncated
  BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
