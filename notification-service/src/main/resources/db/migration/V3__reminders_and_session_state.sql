-- Reminders: several notifications of one kind per event, one per offset before the session.
ALTER TABLE notification ADD COLUMN offset_minutes INT;
ALTER TABLE notification DROP CONSTRAINT notification_source_event_id_kind_key;
CREATE UNIQUE INDEX notification_once_per_event_kind_offset
  ON notification (source_event_id, kind, coalesce(offset_minutes, -1));
CREATE INDEX notification_by_session ON notification (session_id, state);

-- The latest state of each session seen, by its version: older events arriving late are ignored.
CREATE TABLE session_state
(
  session_id UUID PRIMARY KEY,
  version    BIGINT      NOT NULL,
  status     TEXT        NOT NULL,
  starts_at  TIMESTAMPTZ NOT NULL
);
