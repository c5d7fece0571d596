-- An open disruption still undecided close to its session is raised to the front desk again, once.
ALTER TABLE session_disruption ADD COLUMN escalated_at TIMESTAMPTZ;
CREATE INDEX session_disruption_to_escalate ON session_disruption (starts_at)
  WHERE resolved_at IS NULL AND escalated_at IS NULL;
