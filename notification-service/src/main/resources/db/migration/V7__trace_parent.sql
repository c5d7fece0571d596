-- The W3C traceparent of the event a notification was planned from: its send, perhaps a day later on another
-- instance, continues that trace, so one booking can be followed from its request to the message sent.
ALTER TABLE notification ADD COLUMN trace_parent TEXT;
