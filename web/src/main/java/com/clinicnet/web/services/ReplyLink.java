package com.clinicnet.web.services;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A reminder's reply link as booking-service reads it: what it would do (confirm or cancel) to which session, and
 * whether it still can. The times (in the clinic's zone), the clinic and the therapist are null when the session is
 * no longer booked at the time the reminder named (cancelled or moved since).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReplyLink(String action, UUID sessionId, OffsetDateTime starts, OffsetDateTime ends, String timeZone,
        UUID clinicId, UUID therapistId, boolean usable, boolean used, boolean confirmed) {

    public static final String CONFIRM = "CONFIRM";
    public static final String CANCEL = "CANCEL";

    public boolean confirms() {
        return CONFIRM.equals(action);
    }

    public boolean cancels() {
        return CANCEL.equals(action);
    }

    /** Still booked at the time the reminder named. */
    public boolean stillBooked() {
        return starts != null && timeZone != null;
    }

    /** Used before, or (a confirm link) the client has confirmed already, by this link or by a text. */
    public boolean alreadyDone() {
        return used || confirms() && confirmed;
    }

    /** What the page offers: a button only while the link would still do something. */
    public boolean canBeUsed() {
        return usable && !alreadyDone();
    }

    /** What using a reply link did: CONFIRMED, CANCELLED, ALREADY_CONFIRMED or ALREADY_CANCELLED. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Used(String action, UUID sessionId, String outcome) {

        public static final String CONFIRMED = "CONFIRMED";
        public static final String CANCELLED = "CANCELLED";
    }
}
