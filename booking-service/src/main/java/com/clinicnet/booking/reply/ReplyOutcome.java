package com.clinicnet.booking.reply;

/** What a reply did to its session. */
enum ReplyOutcome {
    CONFIRMED,
    CANCELLED,
    /** The link was used before, or the client had already confirmed: nothing changed. */
    ALREADY_CONFIRMED,
    ALREADY_CANCELLED,
    /** A text that says neither yes nor no, from an unknown number, or with no session ahead: nothing changed. */
    NOT_UNDERSTOOD
}
