package com.clinicnet.booking.session;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.clinicnet.events.ClientArrivedV1;
import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.events.SessionCancelledV2;
import com.clinicnet.events.SessionCompletedV1;
import com.clinicnet.events.SessionNoShowV1;
import com.clinicnet.events.SessionRescheduledV1;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

/**
 * The one place that turns a change of a session into its event of the published language. Published inside the
 * change's transaction, so the outbox keeps the event exactly when the change commits.
 */
@Component
class SessionEvents {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionEvents(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void booked(Session session) {
        events.publishEvent(new SessionBookedV1(UUID.randomUUID(), clock.instant(), session.id(),
                session.clientId(), session.therapistId(), session.clinicId(), session.room(), session.startsAt(),
                session.endsAt(), session.clinicTimeZone().getId(), session.length().minutes(), session.version()));
    }

    /** The reason is one of {@link SessionCancelledV2}'s; the desk's own words never leave booking. */
    void cancelled(Caller caller, Session cancelled, boolean late, String reason) {
        events.publishEvent(new SessionCancelledV2(UUID.randomUUID(), clock.instant(), cancelled.id(),
                cancelled.clientId(), cancelled.therapistId(), cancelled.clinicId(), cancelled.startsAt(),
                cancelled.clinicTimeZone().getId(), caller.is(Role.CLIENT) ? "CLIENT" : "CLINIC", late, reason,
                cancelled.version()));
        freed(cancelled);
    }

    void rescheduled(Session before, Session moved) {
        events.publishEvent(new SessionRescheduledV1(UUID.randomUUID(), clock.instant(), moved.id(), moved.clientId(),
                moved.therapistId(), moved.clinicId(), moved.room(), before.startsAt(), moved.startsAt(), moved.endsAt(),
                moved.clinicTimeZone().getId(), moved.length().minutes(), moved.version()));
        freed(before);
    }

    private void freed(Session given) {
        events.publishEvent(new SessionTimeFreed(given.therapistId(), given.clinicId(), given.startsAt(),
                given.endsAt()));
    }

    void completed(Session completed) {
        events.publishEvent(new SessionCompletedV1(UUID.randomUUID(), clock.instant(), completed.id(),
                completed.clientId(), completed.therapistId(), completed.clinicId(), completed.startsAt(),
                completed.version()));
    }

    void noShow(Session missed) {
        events.publishEvent(new SessionNoShowV1(UUID.randomUUID(), clock.instant(), missed.id(), missed.clientId(),
                missed.therapistId(), missed.clinicId(), missed.startsAt(), missed.version()));
    }

    void arrived(Session arrived) {
        events.publishEvent(new ClientArrivedV1(UUID.randomUUID(), clock.instant(), arrived.id(), arrived.clientId(),
                arrived.therapistId(), arrived.clinicId(), arrived.arrivedAt(), arrived.version()));
    }
}
