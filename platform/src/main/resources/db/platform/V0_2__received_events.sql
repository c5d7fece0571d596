-- Ids of the events a consumer has applied, written in the same transaction as their effect.
CREATE TABLE received_event
(
  event_id    UUID PRIMARY KEY,
  received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
