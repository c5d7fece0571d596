package com.clinicnet.notification.notification;

/** What a notification is for. */
public enum NotificationKind {
    CONFIRMATION
}
