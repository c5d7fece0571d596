-- Which instance sent a notification: for operators following a message across a cluster.
ALTER TABLE notification ADD COLUMN sent_by TEXT;
