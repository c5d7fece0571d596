-- Who changed the directory, and when (the same shape as booking-service's trail). Append-only: the database
-- refuses to change, remove or truncate an entry, whoever asks.
CREATE TABLE audit_entry
(
  id          BIGSERIAL PRIMARY KEY,
  occurred_at TIMESTAMPTZ NOT NULL,
  subject     TEXT        NOT NULL,
  roles       TEXT        NOT NULL,
  action      TEXT        NOT NULL,
  object_type TEXT        NOT NULL,
  object_id   UUID        NOT NULL,
  -- ids and codes the object alone does not say (which time off, which specialty code); never personal data
  reason      TEXT
);
CREATE INDEX audit_entry_by_object ON audit_entry (object_id);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entry is append-only';
END;
$$;

CREATE TRIGGER audit_entry_append_only
  BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

-- TRUNCATE fires no row trigger
CREATE TRIGGER audit_entry_never_truncated
  BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
