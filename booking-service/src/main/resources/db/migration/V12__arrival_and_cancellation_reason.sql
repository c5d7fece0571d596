-- When the front desk saw the client come in (null until then), and why the clinic or the client cancelled (a code,
-- never free text: the desk's day shows it, and free text invites health details).
ALTER TABLE session
  ADD COLUMN arrived_at TIMESTAMPTZ,
  ADD COLUMN cancellation_reason TEXT
    CHECK (cancellation_reason IN ('CLIENT_REQUEST', 'THERAPIST_UNAVAILABLE', 'CLINIC_CLOSED', 'BOOKED_IN_ERROR', 'OTHER'));

-- A clinic's day and a therapist's week are ranges of starts_at: index range scans, not a scan of every session.
CREATE INDEX session_by_clinic_and_start ON session (clinic_id, starts_at);
CREATE INDEX session_by_therapist_and_start ON session (therapist_id, starts_at);

-- The front desk's client search starts from the clients its clinics know.
CREATE INDEX client_clinic_by_clinic ON client_clinic (clinic_id);
