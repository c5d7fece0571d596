-- SENDING: handed to a channel by one instance, which owns it until claimed_until. A notification still SENDING
-- after that (its instance stopped mid-send) is in doubt: the provider is asked, or it is sent again.
ALTER TABLE notification DROP CONSTRAINT notification_state_check;
ALTER TABLE notification ADD CONSTRAINT notification_state_check
  CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED', 'SKIPPED'));
ALTER TABLE notification
  ADD COLUMN claimed_until TIMESTAMPTZ,
  -- who and where, so a message can name the clinic and the therapist's first name
  ADD COLUMN clinic_id     UUID,
  ADD COLUMN therapist_id  UUID;
CREATE INDEX notification_in_doubt ON notification (claimed_until) WHERE state = 'SENDING';
