ALTER TABLE session
  ADD COLUMN cancelled_at TIMESTAMPTZ,
  ADD COLUMN cancelled_by TEXT,
  ADD COLUMN late_cancellation BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN late_cancellation_notice_minutes INT NOT NULL DEFAULT 1440;

-- The first answer to each Idempotency-Key, per caller: a retried request gets it again instead of a second booking.
CREATE TABLE idempotent_request
(
  subject         TEXT        NOT NULL,
  idempotency_key TEXT        NOT NULL,
  request_hash    TEXT        NOT NULL,
  status          INT,
  location        TEXT,
  response        TEXT,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (subject, idempotency_key)
);
