package com.clinicnet.notification.notification;

/** What a notification is for. */
public enum NotificationKind {
    CONFIRMATION,
    REMINDER,
    CHANGE_NOTICE,
    CANCELLATION_NOTICE;

    /** Reminders are what a client may opt out of; notices about changes always go. */
    public boolean isReminder() {
        return this == REMINDER;
    }
}
