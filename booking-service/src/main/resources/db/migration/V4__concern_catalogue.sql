-- The concerns each specialty addresses, from the compacted specialty.catalog topic.
CREATE TABLE concern_specialty
(
  specialty_code TEXT NOT NULL,
  concern        TEXT NOT NULL,
  PRIMARY KEY (specialty_code, concern)
);
CREATE INDEX concern_specialty_by_concern ON concern_specialty (concern);
CREATE INDEX session_booked_by_clinic ON session (clinic_id, starts_at) WHERE status = 'BOOKED';
CREATE INDEX session_booked_by_therapist ON session (therapist_id, starts_at) WHERE status = 'BOOKED';
