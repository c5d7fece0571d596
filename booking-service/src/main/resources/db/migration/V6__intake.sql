-- Health data. It stays in this table: it is never published, logged or put in a message.
CREATE TABLE intake
(
  client_id          UUID PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
  concerns           TEXT[]      NOT NULL,
  pain_level         INT         NOT NULL CHECK (pain_level BETWEEN 0 AND 10),
  conditions         TEXT[]      NOT NULL,
  injuries_to_avoid  TEXT[]      NOT NULL,
  recorded_at        TIMESTAMPTZ NOT NULL
);
