-- Each reply link used, once: a second use answers what the first did. Its session's start bounds how long the row
-- matters (the link stops working then).
CREATE TABLE reply_link_use
(
  link_id    UUID PRIMARY KEY,
  session_id UUID        NOT NULL,
  action     TEXT        NOT NULL CHECK (action IN ('CONFIRM', 'CANCEL')),
  used_at    TIMESTAMPTZ NOT NULL
);

-- A client said they will come: by a reminder's link or a text reply. Shown in the front desk's day.
CREATE TABLE session_confirmation
(
  session_id   UUID PRIMARY KEY REFERENCES session (id) ON DELETE CASCADE,
  confirmed_at TIMESTAMPTZ NOT NULL,
  via          TEXT        NOT NULL CHECK (via IN ('LINK', 'SMS'))
);
