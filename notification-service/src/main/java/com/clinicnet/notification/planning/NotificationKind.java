package com.clinicnet.notification.planning;

/** What a notification is for. */
public enum NotificationKind {
    CONFIRMATION,
    REMINDER,
    CHANGE_NOTICE,
    CANCELLATION_NOTICE,
    /** The therapist can no longer give the session; it offers other times. */
    DISRUPTION_NOTICE,
    /** A freed time is held for the client, first in line on a waitlist, until a deadline. */
    WAITLIST_OFFER,
    /** The next session of a plan is due and not booked yet. */
    FOLLOW_UP,
    /** The plan's last session was given. */
    PLAN_CLOSING;

    /** Reminders and follow-up nudges are what a client may opt out of; notices about changes always go. */
    public boolean isReminder() {
        return this == REMINDER || this == FOLLOW_UP;
    }
}
