ALTER TABLE clinic
  ADD COLUMN late_cancellation_notice_minutes INT   NOT NULL DEFAULT 1440 CHECK (late_cancellation_notice_minutes >= 0),
  ADD COLUMN session_types                    INT[] NOT NULL DEFAULT '{30,60,90}';

-- opening hours in the clinic's local time; several intervals a day allowed (a lunch closure)
CREATE TABLE clinic_opening_hours
(
  clinic_id UUID NOT NULL REFERENCES clinic (id) ON DELETE CASCADE,
  weekday   TEXT NOT NULL,
  opens     TIME NOT NULL,
  closes    TIME NOT NULL,
  CHECK (opens < closes),
  PRIMARY KEY (clinic_id, weekday, opens)
);

ALTER TABLE therapist
  ADD COLUMN licence_number TEXT,
  ADD COLUMN licence_issuer TEXT,
  ADD COLUMN languages      TEXT[] NOT NULL DEFAULT '{}';

-- weekly schedules: the one in force on a date is the latest effective on or before it
CREATE TABLE therapist_shift
(
  therapist_id   UUID NOT NULL REFERENCES therapist (id) ON DELETE CASCADE,
  effective_from DATE NOT NULL,
  clinic_id      UUID NOT NULL REFERENCES clinic (id),
  weekday        TEXT NOT NULL,
  starts         TIME NOT NULL,
  ends           TIME NOT NULL,
  CHECK (starts < ends)
);
CREATE INDEX therapist_shift_by_therapist ON therapist_shift (therapist_id, effective_from);

CREATE TABLE therapist_schedule
(
  therapist_id   UUID NOT NULL REFERENCES therapist (id) ON DELETE CASCADE,
  effective_from DATE NOT NULL,
  PRIMARY KEY (therapist_id, effective_from)
);

CREATE TABLE therapist_time_off
(
  id           UUID PRIMARY KEY,
  therapist_id UUID        NOT NULL REFERENCES therapist (id) ON DELETE CASCADE,
  starts_at    TIMESTAMPTZ NOT NULL,
  ends_at      TIMESTAMPTZ NOT NULL,
  -- private to staff: never published, never shown to clients
  reason       TEXT,
  CHECK (starts_at < ends_at)
);
CREATE INDEX therapist_time_off_by_therapist ON therapist_time_off (therapist_id, ends_at);
