package com.clinicnet.notification.notification;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Wakes up on a short fixed delay and sends what is due, batch after batch, until nothing is left. */
@Component
class NotificationDispatcher {

    private final DueNotifications due;
    private final DispatchProperties properties;

    NotificationDispatcher(DueNotifications due, DispatchProperties properties) {
        this.due = due;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${clinicnet.notifications.poll-every}")
    void dispatchDue() {
        while (due.dispatchBatch() == properties.batchSize()) {
            // a full batch means more may be due right now
        }
    }
}
