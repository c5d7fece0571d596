-- What booking needs to offer slots, from version 2 of the directory events.
ALTER TABLE clinic_view
  ADD COLUMN late_cancellation_notice_minutes INT   NOT NULL DEFAULT 1440,
  ADD COLUMN session_types                    INT[] NOT NULL DEFAULT '{30,60,90}';

CREATE TABLE clinic_view_opening_hours
(
  clinic_id UUID NOT NULL REFERENCES clinic_view (id) ON DELETE CASCADE,
  weekday   TEXT NOT NULL,
  opens     TIME NOT NULL,
  closes    TIME NOT NULL,
  PRIMARY KEY (clinic_id, weekday, opens)
);

ALTER TABLE therapist_view
  ADD COLUMN languages TEXT[] NOT NULL DEFAULT '{}';

CREATE TABLE therapist_view_shift
(
  therapist_id   UUID NOT NULL REFERENCES therapist_view (id) ON DELETE CASCADE,
  effective_from DATE NOT NULL,
  clinic_id      UUID NOT NULL,
  weekday        TEXT NOT NULL,
  starts         TIME NOT NULL,
  ends           TIME NOT NULL
);
CREATE INDEX therapist_view_shift_by_therapist ON therapist_view_shift (therapist_id);

CREATE TABLE therapist_view_time_off
(
  id           UUID PRIMARY KEY,
  therapist_id UUID        NOT NULL REFERENCES therapist_view (id) ON DELETE CASCADE,
  starts_at    TIMESTAMPTZ NOT NULL,
  ends_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX therapist_view_time_off_by_therapist ON therapist_view_time_off (therapist_id);
