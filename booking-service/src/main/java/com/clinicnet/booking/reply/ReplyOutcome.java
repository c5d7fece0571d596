package com.clinicnet.booking.reply;

import com.clinicnet.platform.replylink.ReplyAction;

/** What a reply did to its session. */
enum ReplyOutcome {
    CONFIRMED,
    CANCELLED,
    /** The link was used before, or the client had already confirmed: nothing changed. */
    ALREADY_CONFIRMED,
    ALREADY_CANCELLED,
    /** A text that says neither yes nor no, from an unknown number, or with no session ahead: nothing changed. */
    NOT_UNDERSTOOD;

    /** What a second use of a link answers: what its first use did. */
    static ReplyOutcome alreadyDone(ReplyAction action) {
        return action == ReplyAction.CONFIRM ? ALREADY_CONFIRMED : ALREADY_CANCELLED;
    }
}
