-- Who did what, and when. Append-only: the database refuses to change or remove an entry.
CREATE TABLE audit_entry
(
  id          BIGSERIAL PRIMARY KEY,
  occurred_at TIMESTAMPTZ NOT NULL,
  subject     TEXT        NOT NULL,
  roles       TEXT        NOT NULL,
  action      TEXT        NOT NULL,
  object_type TEXT        NOT NULL,
  object_id   UUID        NOT NULL
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
