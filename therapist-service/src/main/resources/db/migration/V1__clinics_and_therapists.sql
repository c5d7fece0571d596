CREATE TABLE clinic
(
  id              UUID PRIMARY KEY,
  name            TEXT    NOT NULL,
  city            TEXT    NOT NULL,
  address         TEXT    NOT NULL,
  time_zone       TEXT    NOT NULL,
  treatment_rooms INT     NOT NULL CHECK (treatment_rooms > 0),
  buffer_minutes  INT     NOT NULL CHECK (buffer_minutes >= 0),
  version         BIGINT  NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX clinic_by_city ON clinic (lower(city));

CREATE TABLE specialty
(
  code        TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  description TEXT NOT NULL
);

CREATE TABLE specialty_concern
(
  specialty_code TEXT NOT NULL REFERENCES specialty (code),
  concern        TEXT NOT NULL,
  PRIMARY KEY (specialty_code, concern)
);

CREATE TABLE therapist
(
  id         UUID PRIMARY KEY,
  name       TEXT    NOT NULL,
  active     BOOLEAN NOT NULL,
  version    BIGINT  NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE therapist_clinic
(
  therapist_id UUID NOT NULL REFERENCES therapist (id) ON DELETE CASCADE,
  clinic_id    UUID NOT NULL REFERENCES clinic (id),
  PRIMARY KEY (therapist_id, clinic_id)
);

CREATE TABLE therapist_specialty
(
  therapist_id   UUID NOT NULL REFERENCES therapist (id) ON DELETE CASCADE,
  specialty_code TEXT NOT NULL REFERENCES specialty (code),
  level          INT  NOT NULL CHECK (level BETWEEN 1 AND 3),
  PRIMARY KEY (therapist_id, specialty_code)
);
