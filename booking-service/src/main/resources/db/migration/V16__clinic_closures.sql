-- The days each clinic is closed all day (holidays, closures), from therapist-service's ClinicUpdated v3; no slot is
-- offered on them, and a session booked on one is disrupted.
CREATE TABLE clinic_view_closure
(
  clinic_id UUID NOT NULL REFERENCES clinic_view (id) ON DELETE CASCADE,
  day       DATE NOT NULL,
  PRIMARY KEY (clinic_id, day)
);

ALTER TABLE session_disruption DROP CONSTRAINT session_disruption_cause_check;
ALTER TABLE session_disruption ADD CONSTRAINT session_disruption_cause_check
  CHECK (cause IN ('TIME_OFF', 'SCHEDULE_CHANGED', 'THERAPIST_INACTIVE', 'THERAPIST_REMOVED', 'CLINIC_CLOSED'));
