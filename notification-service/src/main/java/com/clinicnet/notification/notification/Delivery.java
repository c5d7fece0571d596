package com.clinicnet.notification.notification;

import java.time.Instant;

/** A notification claimed by this instance and written out, ready for its channel. Held in memory only. */
record Delivery(ScheduledNotification notification, Channel channel, String address, OutgoingMessage message,
        Instant claimedUntil) {
}
