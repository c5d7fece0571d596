ALTER TABLE contact
  ADD COLUMN quiet_hours_from  TIME,
  ADD COLUMN quiet_hours_to    TIME,
  ADD COLUMN reminders_opt_out BOOLEAN NOT NULL DEFAULT false;
