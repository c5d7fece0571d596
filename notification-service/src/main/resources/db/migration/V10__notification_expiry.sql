-- A notice that means nothing after an instant (a waitlist offer once its hold has run out) is skipped from then on.
ALTER TABLE notification ADD COLUMN expires_at TIMESTAMPTZ;
