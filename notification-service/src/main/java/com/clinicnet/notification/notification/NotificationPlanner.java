package com.clinicnet.notification.notification;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.platform.messaging.ReceivedEvents;

/** Turns session events into planned notifications, once per event. */
@Service
public class NotificationPlanner {

    private final NotificationSchedule schedule;
    private final ReceivedEvents received;
    private final Clock clock;

    NotificationPlanner(NotificationSchedule schedule, ReceivedEvents received, Clock clock) {
        this.schedule = schedule;
        this.received = received;
        this.clock = clock;
    }

    @Transactional
    public void onSessionBooked(SessionBookedV1 booked) {
        if (!received.firstDelivery(booked.eventId())) {
            return;
        }
        schedule.planOnce(new ScheduledNotification(UUID.randomUUID(), NotificationKind.CONFIRMATION,
                booked.clientId(), booked.sessionId(), booked.eventId(), clock.instant(), NotificationState.PENDING,
                booked.startsAt(), ZoneId.of(booked.clinicTimeZone()), booked.durationMinutes()));
    }
}
