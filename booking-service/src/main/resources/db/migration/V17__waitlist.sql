-- A session may be HELD: a freed time kept for the first client in line on a waitlist while they decide. The
-- exclusion constraints count it as they count a booked one, so nobody else can book it while it is held.
ALTER TABLE session DROP CONSTRAINT session_status_check;
ALTER TABLE session ADD CONSTRAINT session_status_check
  CHECK (status IN ('HELD', 'BOOKED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'));
ALTER TABLE session DROP CONSTRAINT session_therapist_not_double_booked;
ALTER TABLE session ADD CONSTRAINT session_therapist_not_double_booked
  EXCLUDE USING gist (therapist_id WITH =, tstzrange(starts_at, blocked_until) WITH &&)
  WHERE (status IN ('BOOKED', 'HELD'));
ALTER TABLE session DROP CONSTRAINT session_room_not_double_booked;
ALTER TABLE session ADD CONSTRAINT session_room_not_double_booked
  EXCLUDE USING gist (clinic_id WITH =, room WITH =, tstzrange(starts_at, blocked_until) WITH &&)
  WHERE (status IN ('BOOKED', 'HELD'));
DROP INDEX session_booked_by_clinic;
DROP INDEX session_booked_by_therapist;
CREATE INDEX session_taken_by_clinic ON session (clinic_id, starts_at) WHERE status IN ('BOOKED', 'HELD');
CREATE INDEX session_taken_by_therapist ON session (therapist_id, starts_at) WHERE status IN ('BOOKED', 'HELD');

-- A client waiting for a time: for a concern (any therapist who addresses it) or one therapist, at a clinic or
-- anywhere in a city, on some weekdays (ISO 1 = Monday) between two local times, for a session of a length.
CREATE TABLE waitlist_entry
(
  id               UUID PRIMARY KEY,
  client_id        UUID        NOT NULL REFERENCES client (id),
  concern          TEXT,
  therapist_id     UUID,
  clinic_id        UUID,
  city             TEXT,
  weekdays         SMALLINT[]  NOT NULL CHECK (cardinality(weekdays) > 0 AND weekdays <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::SMALLINT[]),
  earliest         TIME        NOT NULL,
  latest           TIME        NOT NULL,
  duration_minutes INT         NOT NULL CHECK (duration_minutes IN (30, 60, 90)),
  state            TEXT        NOT NULL CHECK (state IN ('WAITING', 'BOOKED', 'LEFT')),
  joined_at        TIMESTAMPTZ NOT NULL,
  left_at          TIMESTAMPTZ,
  CHECK ((concern IS NULL) <> (therapist_id IS NULL)),
  CHECK ((clinic_id IS NULL) <> (city IS NULL)),
  CHECK (earliest < latest)
);
-- the line: first come, first served
CREATE INDEX waitlist_entry_in_line ON waitlist_entry (joined_at, id) WHERE state = 'WAITING';
CREATE INDEX waitlist_entry_by_client ON waitlist_entry (client_id);

-- Each time held for a waiting client. At most one open offer per entry; the held session is deleted when the offer
-- is declined, expires or is withdrawn, so its time frees for the next in line.
CREATE TABLE waitlist_offer
(
  id           UUID PRIMARY KEY,
  entry_id     UUID        NOT NULL REFERENCES waitlist_entry (id),
  session_id   UUID        NOT NULL,
  therapist_id UUID        NOT NULL,
  clinic_id    UUID        NOT NULL,
  starts_at    TIMESTAMPTZ NOT NULL,
  ends_at      TIMESTAMPTZ NOT NULL,
  clinic_time_zone TEXT     NOT NULL,
  held_until   TIMESTAMPTZ NOT NULL,
  state        TEXT        NOT NULL CHECK (state IN ('OPEN', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN')),
  offered_at   TIMESTAMPTZ NOT NULL,
  decided_at   TIMESTAMPTZ
);
CREATE UNIQUE INDEX waitlist_offer_one_open_per_entry ON waitlist_offer (entry_id) WHERE state = 'OPEN';
CREATE INDEX waitlist_offer_open_by_deadline ON waitlist_offer (held_until) WHERE state = 'OPEN';
CREATE INDEX waitlist_offer_by_entry ON waitlist_offer (entry_id, therapist_id, starts_at);
CREATE UNIQUE INDEX waitlist_offer_by_session ON waitlist_offer (session_id);

-- Time that freed (a cancellation, a move, a released hold, a therapist's or clinic's new hours), written in the
-- transaction that freed it and offered to the waitlist by whichever instance claims the row.
CREATE TABLE freed_time
(
  id           UUID PRIMARY KEY,
  therapist_id UUID,
  clinic_id    UUID,
  starts_at    TIMESTAMPTZ NOT NULL,
  ends_at      TIMESTAMPTZ NOT NULL,
  freed_at     TIMESTAMPTZ NOT NULL,
  CHECK (therapist_id IS NOT NULL OR clinic_id IS NOT NULL),
  CHECK (starts_at < ends_at)
);
CREATE INDEX freed_time_in_order ON freed_time (freed_at);
