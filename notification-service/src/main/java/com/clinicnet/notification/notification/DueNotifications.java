package com.clinicnet.notification.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.events.NotificationSentV1;
import com.clinicnet.notification.contact.Contact;
import com.clinicnet.notification.contact.ContactDirectory;

/**
 * Sends one batch of due notifications. The batch's rows stay locked until the transaction ends, and the SENT
 * state and the NotificationSent event commit together, so a notification is sent by one instance only.
 */
@Service
class DueNotifications {

    private static final Logger log = LoggerFactory.getLogger(DueNotifications.class);
    private static final String EMAIL = "EMAIL";

    private final NotificationSchedule schedule;
    private final SessionStates sessions;
    private final ContactDirectory contacts;
    private final EmailGateway email;
    private final ApplicationEventPublisher events;
    private final DispatchProperties properties;
    private final Clock clock;

    DueNotifications(NotificationSchedule schedule, SessionStates sessions, ContactDirectory contacts, EmailGateway email,
            ApplicationEventPublisher events, DispatchProperties properties, Clock clock) {
        this.schedule = schedule;
        this.sessions = sessions;
        this.contacts = contacts;
        this.email = email;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** Returns how many notifications were claimed, so the caller knows whether more may be waiting. */
    @Transactional
    public int dispatchBatch() {
        List<ScheduledNotification> due = schedule.claimDue(clock.instant(), properties.batchSize());
        due.forEach(this::deliver);
        return due.size();
    }

    private void deliver(ScheduledNotification notification) {
        boolean aboutTheComingSession = notification.kind() == NotificationKind.CONFIRMATION
                || notification.kind() == NotificationKind.REMINDER;
        if (aboutTheComingSession && !sessions.stillBookedAt(notification.sessionId(), notification.sessionStartsAt())) {
            // whatever order events and timers fired in, nothing goes out for a time that no longer holds
            schedule.markCancelled(notification.id(), "the session was cancelled or moved");
            return;
        }
        Optional<Contact> contact = contacts.find(notification.clientId());
        if (contact.isEmpty()) {
            // the contact travels on another topic and may arrive after the session event
            schedule.postpone(notification.id(), retryInstant(), "contact not known yet");
            return;
        }
        Optional<Instant> quietUntil = contact.get().quietHours() == null ? Optional.empty()
                : contact.get().quietHours().endOfWindowContaining(clock.instant(), contact.get().timeZone());
        if (quietUntil.isPresent()) {
            schedule.postpone(notification.id(), quietUntil.get(), "the client's quiet hours");
            return;
        }
        if (notification.kind().isReminder() && contact.get().remindersOptOut()) {
            schedule.markSkipped(notification.id(), "the client opted out of reminders");
            return;
        }
        if (contact.get().email() == null) {
            schedule.markSkipped(notification.id(), "no email address; the SMS channel is not available yet");
            return;
        }
        try {
            email.send(contact.get().email(), MessageTemplates.render(notification, contact.get()));
        }
        catch (RuntimeException e) {
            log.warn("Email provider refused notification {}: {}", notification.id(), e.getMessage());
            schedule.postpone(notification.id(), retryInstant(), "email provider unavailable");
            return;
        }
        Instant sentAt = clock.instant();
        schedule.markSent(notification.id(), EMAIL, sentAt);
        events.publishEvent(new NotificationSentV1(UUID.randomUUID(), sentAt, notification.id(),
                notification.clientId(), notification.sessionId(), notification.kind().name(), EMAIL));
    }

    private Instant retryInstant() {
        return clock.instant().plus(properties.retryAfter());
    }
}
