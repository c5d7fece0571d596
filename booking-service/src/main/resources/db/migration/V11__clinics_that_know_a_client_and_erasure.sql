-- The clinics that know a client: the clinic that registered them at its front desk, and every clinic where they
-- have or had a session or a plan. A front desk sees a client only through a row here.
ALTER TABLE client ADD COLUMN registered_at_clinic UUID;

CREATE TABLE client_clinic
(
  client_id   UUID        NOT NULL REFERENCES client (id) ON DELETE CASCADE,
  clinic_id   UUID        NOT NULL,
  known_since TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (client_id, clinic_id)
);

INSERT INTO client_clinic (client_id, clinic_id, known_since)
SELECT client_id, clinic_id, min(booked_at) FROM session GROUP BY client_id, clinic_id
ON CONFLICT DO NOTHING;
INSERT INTO client_clinic (client_id, clinic_id, known_since)
SELECT client_id, clinic_id, min(created_at) FROM treatment_plan GROUP BY client_id, clinic_id
ON CONFLICT DO NOTHING;

-- The erased client: what the clinic keeps for its books (sessions, plans) points here once its client is erased,
-- so no kept row names the person any more.
INSERT INTO client (id, name, time_zone, language, preferred_channel, version, erased_at)
VALUES ('00000000-0000-0000-0000-000000000000', 'erased', 'UTC', 'en', 'EMAIL', 0, now());

-- Clients erased before: their kept rows move to the erased client, and their own rows go.
UPDATE session SET client_id = '00000000-0000-0000-0000-000000000000'
WHERE client_id IN (SELECT id FROM client WHERE erased_at IS NOT NULL);
UPDATE treatment_plan SET client_id = '00000000-0000-0000-0000-000000000000', concern = 'ERASED'
WHERE client_id IN (SELECT id FROM client WHERE erased_at IS NOT NULL);
DELETE FROM client WHERE erased_at IS NOT NULL AND id <> '00000000-0000-0000-0000-000000000000';

-- A plan is ENDED when its client is erased: no more sessions or follow-ups.
ALTER TABLE treatment_plan DROP CONSTRAINT treatment_plan_status_check;
ALTER TABLE treatment_plan ADD CONSTRAINT treatment_plan_status_check
  CHECK (status IN ('ACTIVE', 'COMPLETED', 'ENDED'));

CREATE INDEX idempotent_request_by_age ON idempotent_request (created_at);
