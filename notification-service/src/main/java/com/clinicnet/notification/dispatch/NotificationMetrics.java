package com.clinicnet.notification.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.clinicnet.notification.channel.Channel;
import com.clinicnet.notification.planning.ScheduledNotification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What operators watch of the dispatcher: each notification's outcome by kind and channel, and how late each one
 * left compared with when it fell due. Tagged by clinic, kind and channel; never by client.
 * In Prometheus: {@code clinicnet_notifications_total{outcome,kind,channel,clinic}} and
 * {@code clinicnet_notification_delay_seconds_bucket{kind,channel}}.
 */
@Component
class NotificationMetrics {

    private static final String NONE = "none";

    private final MeterRegistry meters;

    NotificationMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    void sent(ScheduledNotification notification, Channel channel, Instant sentAt) {
        count("sent", notification, channel);
        Duration late = Duration.between(notification.dueAt(), sentAt);
        Timer.builder("clinicnet.notification.delay")
                .description("From the instant a notification fell due to the provider accepting it")
                .tag("kind", kindOf(notification)).tag("channel", nameOf(channel))
                .publishPercentileHistogram()
                .register(meters)
                .record(late.isNegative() ? Duration.ZERO : late);
    }

    void failed(ScheduledNotification notification, Channel channel) {
        count("failed", notification, channel);
    }

    void skipped(ScheduledNotification notification) {
        count("skipped", notification, null);
    }

    void cancelled(ScheduledNotification notification) {
        count("cancelled", notification, null);
    }

    private void count(String outcome, ScheduledNotification notification, Channel channel) {
        Counter.builder("clinicnet.notifications")
                .description("Notifications that reached an outcome at dispatch")
                .tag("outcome", outcome).tag("kind", kindOf(notification)).tag("channel", nameOf(channel))
                .tag("clinic", notification.visit().clinicId() == null ? NONE
                        : notification.visit().clinicId().toString())
                .register(meters).increment();
    }

    private static String kindOf(ScheduledNotification notification) {
        return notification.kind().name().toLowerCase(Locale.ROOT);
    }

    private static String nameOf(Channel channel) {
        return channel == null ? NONE : channel.name().toLowerCase(Locale.ROOT);
    }
}
