package com.clinicnet.notification.dispatch;

import java.time.Instant;

import com.clinicnet.notification.channel.Channel;
import com.clinicnet.notification.channel.OutgoingMessage;
import com.clinicnet.notification.planning.ScheduledNotification;

/** A notification claimed by this instance and written out, ready for its channel. Held in memory only. */
record Delivery(ScheduledNotification notification, Channel channel, String address, OutgoingMessage message,
        Instant claimedUntil) {
}
