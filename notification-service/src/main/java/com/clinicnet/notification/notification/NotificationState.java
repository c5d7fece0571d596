package com.clinicnet.notification.notification;

/** Where a planned notification stands. Only PENDING ones are ever dispatched. */
public enum NotificationState {
    PENDING,
    SENT,
    FAILED,
    CANCELLED,
    SKIPPED
}
