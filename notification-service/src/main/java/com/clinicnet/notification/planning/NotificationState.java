package com.clinicnet.notification.planning;

/** Where a planned notification stands. Only PENDING ones (and SENDING ones left in doubt) are ever dispatched. */
public enum NotificationState {
    PENDING,
    /** Handed to a channel by one instance; if that instance stops before recording the outcome, it is in doubt. */
    SENDING,
    SENT,
    FAILED,
    CANCELLED,
    SKIPPED
}
