-- A raised follow-up becomes CONVERTED when the client books the plan's next session while it is outstanding, so
-- operations can see how many follow-ups lead to a booking (converted ÷ raised).
ALTER TABLE follow_up DROP CONSTRAINT follow_up_state_check;
ALTER TABLE follow_up ADD CONSTRAINT follow_up_state_check
  CHECK (state IN ('PENDING', 'RAISED', 'STOPPED', 'CONVERTED'));
