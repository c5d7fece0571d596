-- The free slots a disruption notice offers its client instead of the session (written by planning with the notice,
-- read when it is written out): ids and times only, names are looked up when it is sent.
CREATE TABLE notification_offer
(
  notification_id  UUID        NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
  rank             INT         NOT NULL CHECK (rank >= 1),
  therapist_id     UUID        NOT NULL,
  clinic_id        UUID        NOT NULL,
  starts_at        TIMESTAMPTZ NOT NULL,
  clinic_time_zone TEXT        NOT NULL,
  PRIMARY KEY (notification_id, rank)
);
