package com.clinicnet.notification.planning;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.events.ClinicNetEvent;
import com.clinicnet.events.FollowUpDueV1;
import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.events.SessionCancelledV1;
import com.clinicnet.events.SessionCancelledV2;
import com.clinicnet.events.SessionDisruptedV1;
import com.clinicnet.events.WaitlistSlotOfferedV1;
import com.clinicnet.events.SessionRescheduledV1;
import com.clinicnet.events.TreatmentPlanCompletedV1;
import com.clinicnet.platform.messaging.ReceivedEvents;

/**
 * Turns session events into planned notifications, once per event and in the session's order: an event older than
 * the session state already applied (it arrived late, or twice) changes nothing.
 */
@Service
class NotificationPlanner {

    private static final List<NotificationKind> BEFORE_THE_SESSION = List.of(NotificationKind.CONFIRMATION,
            NotificationKind.REMINDER, NotificationKind.DISRUPTION_NOTICE);
    private static final List<NotificationKind> FOR_THE_OLD_TIME = List.of(NotificationKind.REMINDER,
            NotificationKind.DISRUPTION_NOTICE);

    private final NotificationSchedule schedule;
    private final SessionStates sessions;
    private final ReminderSchedule reminders;
    private final ReceivedEvents received;
    private final DueNowSignal dueNow;
    private final Clock clock;

    NotificationPlanner(NotificationSchedule schedule, SessionStates sessions, ReminderSchedule reminders,
            ReceivedEvents received, DueNowSignal dueNow, Clock clock) {
        this.schedule = schedule;
        this.sessions = sessions;
        this.reminders = reminders;
        this.received = received;
        this.dueNow = dueNow;
        this.clock = clock;
    }

    @Transactional
    public void on(ClinicNetEvent event) {
        if (!received.firstDelivery(event.eventId())) {
            return;
        }
        switch (event) {
            case SessionBookedV1 booked -> booked(booked);
            case SessionRescheduledV1 moved -> rescheduled(moved);
            case SessionCancelledV2 cancelled -> cancelled(cancelled);
            case SessionDisruptedV1 disrupted -> disrupted(disrupted);
            case WaitlistSlotOfferedV1 offered -> schedule.planOnce(ScheduledNotification.dueNowUntil(
                    NotificationKind.WAITLIST_OFFER, offered.eventId(), clock.instant(), new Visit(offered.clientId(),
                            offered.sessionId(), offered.clinicId(), offered.therapistId(), offered.startsAt(),
                            ZoneId.of(offered.clinicTimeZone()), offered.durationMinutes()), offered.heldUntil()));
            case SessionCancelledV1 v1 -> cancelled(new SessionCancelledV2(v1.eventId(), v1.occurredAt(), v1.sessionId(),
                    v1.clientId(), v1.therapistId(), v1.clinicId(), v1.startsAt(), v1.clinicTimeZone(), v1.cancelledBy(),
                    v1.late(), SessionCancelledV2.REQUESTED, v1.version()));
            case FollowUpDueV1 due -> schedule.planOnce(ScheduledNotification.dueNow(NotificationKind.FOLLOW_UP,
                    due.eventId(), clock.instant(), new Visit(due.clientId(), null, due.clinicId(), due.therapistId(),
                            due.dueDate().atStartOfDay(ZoneId.of(due.clinicTimeZone())).toInstant(),
                            ZoneId.of(due.clinicTimeZone()), 0)));
            case TreatmentPlanCompletedV1 completed -> schedule.planOnce(ScheduledNotification.dueNow(
                    NotificationKind.PLAN_CLOSING, completed.eventId(), clock.instant(), new Visit(completed.clientId(),
                            null, completed.clinicId(), completed.therapistId(), completed.occurredAt(), ZoneOffset.UTC, 0)));
            default -> {
                // completed and no-show sessions need no message to the client
                return;
            }
        }
        // every other event may plan a message due now (a confirmation, a notice, a follow-up)
        dueNow.dueNowOnceCommitted();
    }

    private void booked(SessionBookedV1 booked) {
        if (!sessions.advance(booked.sessionId(), booked.version(), "BOOKED", booked.startsAt())) {
            return;
        }
        Visit session = new Visit(booked.clientId(), booked.sessionId(), booked.clinicId(), booked.therapistId(),
                booked.startsAt(), ZoneId.of(booked.clinicTimeZone()), booked.durationMinutes());
        schedule.planOnce(ScheduledNotification.dueNow(NotificationKind.CONFIRMATION, booked.eventId(), clock.instant(),
                session));
        reminders.remindersFor(session, booked.eventId(), clock.instant()).forEach(schedule::planOnce);
    }

    private void rescheduled(SessionRescheduledV1 moved) {
        if (!sessions.advance(moved.sessionId(), moved.version(), "BOOKED", moved.startsAt())) {
            return;
        }
        Visit session = new Visit(moved.clientId(), moved.sessionId(), moved.clinicId(), moved.therapistId(),
                moved.startsAt(), ZoneId.of(moved.clinicTimeZone()), moved.durationMinutes());
        schedule.cancelPending(moved.sessionId(), FOR_THE_OLD_TIME, "the session moved");
        reminders.remindersFor(session, moved.eventId(), clock.instant()).forEach(schedule::planOnce);
        schedule.planOnce(ScheduledNotification.dueNow(NotificationKind.CHANGE_NOTICE, moved.eventId(), clock.instant(),
                session));
    }

    /**
     * The client hears at once that the session cannot be given as booked, with the times offered instead. It is
     * still booked, so its reminders stay until it is moved or cancelled.
     */
    private void disrupted(SessionDisruptedV1 disrupted) {
        Visit session = new Visit(disrupted.clientId(), disrupted.sessionId(), disrupted.clinicId(),
                disrupted.therapistId(), disrupted.startsAt(), ZoneId.of(disrupted.clinicTimeZone()),
                disrupted.durationMinutes());
        List<Offer> offers = disrupted.alternatives().stream().map(offer -> new Offer(offer.therapistId(),
                offer.clinicId(), offer.startsAt(), ZoneId.of(offer.clinicTimeZone()))).toList();
        schedule.planOnce(ScheduledNotification.dueNow(NotificationKind.DISRUPTION_NOTICE, disrupted.eventId(),
                clock.instant(), session), offers);
    }

    /**
     * A session cancelled on request gets a cancellation notice. One cancelled because its client was erased gets
     * nothing, and nothing planned for it goes out: the address is being erased, and the client asked to be forgotten.
     */
    private void cancelled(SessionCancelledV2 cancelled) {
        if (!sessions.advance(cancelled.sessionId(), cancelled.version(), "CANCELLED", cancelled.startsAt())) {
            return;
        }
        if (cancelled.becauseErased()) {
            schedule.cancelPending(cancelled.sessionId(), List.of(NotificationKind.values()), "the client was erased");
            return;
        }
        schedule.cancelPending(cancelled.sessionId(), BEFORE_THE_SESSION, "the session was cancelled");
        schedule.planOnce(ScheduledNotification.dueNow(NotificationKind.CANCELLATION_NOTICE, cancelled.eventId(),
                clock.instant(), new Visit(cancelled.clientId(), cancelled.sessionId(), cancelled.clinicId(),
                        cancelled.therapistId(), cancelled.startsAt(), ZoneId.of(cancelled.clinicTimeZone()), 0)));
    }
}
