-- The contact directory, fed by the compacted client.contacts topic.
CREATE TABLE contact
(
  client_id         UUID PRIMARY KEY,
  name              TEXT   NOT NULL,
  email             TEXT,
  phone             TEXT,
  time_zone         TEXT   NOT NULL,
  language          TEXT   NOT NULL,
  preferred_channel TEXT   NOT NULL,
  version           BIGINT NOT NULL
);

-- The durable schedule: each planned notification with its due instant and state.
CREATE TABLE notification
(
  id                UUID PRIMARY KEY,
  kind              TEXT        NOT NULL,
  client_id         UUID        NOT NULL,
  session_id        UUID,
  source_event_id   UUID        NOT NULL,
  due_at            TIMESTAMPTZ NOT NULL,
  state             TEXT        NOT NULL CHECK (state IN ('PENDING', 'SENT', 'FAILED', 'CANCELLED', 'SKIPPED')),
  session_starts_at TIMESTAMPTZ NOT NULL,
  clinic_time_zone  TEXT        NOT NULL,
  duration_minutes  INT         NOT NULL,
  channel           TEXT,
  attempts          INT         NOT NULL DEFAULT 0,
  reason            TEXT,
  sent_at           TIMESTAMPTZ,
  created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (source_event_id, kind)
);
CREATE INDEX notification_due ON notification (due_at) WHERE state = 'PENDING';
