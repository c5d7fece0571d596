ALTER TABLE client
  ADD COLUMN quiet_hours_from   TIME,
  ADD COLUMN quiet_hours_to     TIME,
  ADD COLUMN reminders_opt_out  BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN erased_at          TIMESTAMPTZ,
  DROP CONSTRAINT client_check,
  -- an erased client keeps only its id, so the clinic's books still add up
  ADD CONSTRAINT client_reachable_unless_erased CHECK (erased_at IS NOT NULL OR email IS NOT NULL OR phone IS NOT NULL);
