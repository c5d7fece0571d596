-- Erasure finds a client's notifications without reading every notification ever planned (so does the delivery
-- log asked for one client).
CREATE INDEX notification_by_client ON notification (client_id);

-- The delivered notifications that still name their client, by the instant their retention counts from: the
-- personal-fields retention job finds its next batch here, and rows it has cleared leave the index.
CREATE INDEX notification_naming_a_client ON notification ((coalesce(sent_at, greatest(due_at, created_at))))
  WHERE state IN ('SENT', 'FAILED', 'CANCELLED', 'SKIPPED')
    AND client_id <> '00000000-0000-0000-0000-000000000000';
