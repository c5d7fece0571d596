CREATE TABLE treatment_plan
(
  id               UUID PRIMARY KEY,
  client_id        UUID        NOT NULL REFERENCES client (id),
  therapist_id     UUID        NOT NULL,
  clinic_id        UUID        NOT NULL,
  concern          TEXT        NOT NULL,
  sessions_planned INT         NOT NULL CHECK (sessions_planned BETWEEN 1 AND 52),
  interval_days    INT         NOT NULL CHECK (interval_days BETWEEN 1 AND 90),
  clinic_time_zone TEXT        NOT NULL,
  status           TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'COMPLETED')),
  created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX treatment_plan_by_client ON treatment_plan (client_id);

ALTER TABLE session ADD COLUMN plan_id UUID REFERENCES treatment_plan (id);
CREATE INDEX session_by_plan ON session (plan_id) WHERE plan_id IS NOT NULL;

-- The durable follow-up timer: one row per plan and due date; the row's state changes in the transaction that
-- fires it, so with several instances (FOR UPDATE SKIP LOCKED) each follow-up is raised once.
CREATE TABLE follow_up
(
  plan_id   UUID        NOT NULL REFERENCES treatment_plan (id),
  due_date  DATE        NOT NULL,
  fires_at  TIMESTAMPTZ NOT NULL,
  state     TEXT        NOT NULL CHECK (state IN ('PENDING', 'RAISED', 'STOPPED')),
  PRIMARY KEY (plan_id, due_date)
);
CREATE INDEX follow_up_pending ON follow_up (fires_at) WHERE state = 'PENDING';
