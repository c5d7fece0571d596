CREATE EXTENSION IF NOT EXISTS btree_gist;

-- The read model of the clinic directory and therapist profiles, fed by their compacted topics.
CREATE TABLE clinic_view
(
  id              UUID PRIMARY KEY,
  name            TEXT   NOT NULL,
  city            TEXT   NOT NULL,
  time_zone       TEXT   NOT NULL,
  treatment_rooms INT    NOT NULL,
  buffer_minutes  INT    NOT NULL,
  version         BIGINT NOT NULL
);

CREATE TABLE therapist_view
(
  id      UUID PRIMARY KEY,
  name    TEXT    NOT NULL,
  active  BOOLEAN NOT NULL,
  version BIGINT  NOT NULL
);

CREATE TABLE therapist_view_clinic
(
  therapist_id UUID NOT NULL REFERENCES therapist_view (id) ON DELETE CASCADE,
  clinic_id    UUID NOT NULL,
  PRIMARY KEY (therapist_id, clinic_id)
);

CREATE TABLE therapist_view_specialty
(
  therapist_id   UUID NOT NULL REFERENCES therapist_view (id) ON DELETE CASCADE,
  specialty_code TEXT NOT NULL,
  level          INT  NOT NULL,
  PRIMARY KEY (therapist_id, specialty_code)
);

CREATE TABLE client
(
  id                UUID PRIMARY KEY,
  name              TEXT   NOT NULL,
  email             TEXT,
  phone             TEXT,
  time_zone         TEXT   NOT NULL,
  language          TEXT   NOT NULL,
  preferred_channel TEXT   NOT NULL,
  version           BIGINT NOT NULL,
  created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK (email IS NOT NULL OR phone IS NOT NULL)
);

CREATE TABLE session
(
  id               UUID PRIMARY KEY,
  client_id        UUID        NOT NULL REFERENCES client (id),
  therapist_id     UUID        NOT NULL,
  clinic_id        UUID        NOT NULL,
  room             INT         NOT NULL CHECK (room > 0),
  starts_at        TIMESTAMPTZ NOT NULL,
  ends_at          TIMESTAMPTZ NOT NULL,
  blocked_until    TIMESTAMPTZ NOT NULL,
  duration_minutes INT         NOT NULL CHECK (duration_minutes IN (30, 60, 90)),
  buffer_minutes   INT         NOT NULL,
  clinic_time_zone TEXT        NOT NULL,
  status           TEXT        NOT NULL CHECK (status IN ('BOOKED', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
  version          BIGINT      NOT NULL,
  booked_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
  CHECK (starts_at < ends_at AND ends_at <= blocked_until),
  -- the guarantee of no double booking lives here, whatever the concurrency
  CONSTRAINT session_therapist_not_double_booked
    EXCLUDE USING gist (therapist_id WITH =, tstzrange(starts_at, blocked_until) WITH &&) WHERE (status = 'BOOKED'),
  CONSTRAINT session_room_not_double_booked
    EXCLUDE USING gist (clinic_id WITH =, room WITH =, tstzrange(starts_at, blocked_until) WITH &&) WHERE (status = 'BOOKED')
);
CREATE INDEX session_by_client ON session (client_id);
