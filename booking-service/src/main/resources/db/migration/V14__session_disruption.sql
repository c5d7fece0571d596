-- A booked session its therapist can no longer give (written by the disruption feature only). The session stays
-- BOOKED: the client or the front desk decides. One row per session, reopened if it is disrupted again.
CREATE TABLE session_disruption
(
  session_id   UUID PRIMARY KEY REFERENCES session (id),
  client_id    UUID        NOT NULL,
  clinic_id    UUID        NOT NULL,
  therapist_id UUID        NOT NULL,
  starts_at    TIMESTAMPTZ NOT NULL,
  ends_at      TIMESTAMPTZ NOT NULL,
  cause        TEXT        NOT NULL
    CHECK (cause IN ('TIME_OFF', 'SCHEDULE_CHANGED', 'THERAPIST_INACTIVE', 'THERAPIST_REMOVED')),
  -- the slots offered instead: [{therapistId, clinicId, startsAt, endsAt}], ids and times only
  alternatives JSONB       NOT NULL,
  detected_at  TIMESTAMPTZ NOT NULL,
  resolved_at  TIMESTAMPTZ,
  resolution   TEXT CHECK (resolution IN ('RESCHEDULED', 'CANCELLED', 'RESTORED', 'HELD')),
  CHECK ((resolved_at IS NULL) = (resolution IS NULL))
);
-- the front desk's worklist: what is still open at a clinic, soonest first
CREATE INDEX session_disruption_open_at_clinic ON session_disruption (clinic_id, starts_at) WHERE resolved_at IS NULL;
