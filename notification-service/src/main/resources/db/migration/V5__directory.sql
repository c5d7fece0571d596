-- The names a message may show, fed by the compacted clinic.directory and therapist.profiles topics.
-- Only what messages need: a clinic's name and a therapist's first name, each with the version last applied.
CREATE TABLE clinic
(
  id      UUID PRIMARY KEY,
  name    TEXT,
  version BIGINT NOT NULL
);

CREATE TABLE therapist
(
  id         UUID PRIMARY KEY,
  first_name TEXT,
  version    BIGINT NOT NULL
);
