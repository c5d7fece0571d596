-- A calendar invite names where the session is: the clinic's name and address, as therapist-service publishes them.
ALTER TABLE clinic ADD COLUMN address TEXT;
