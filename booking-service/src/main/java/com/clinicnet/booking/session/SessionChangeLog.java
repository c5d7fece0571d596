package com.clinicnet.booking.session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.clinicnet.events.ClientArrivedV1;
import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.events.SessionCancelledV2;
import com.clinicnet.events.SessionCompletedV1;
import com.clinicnet.events.SessionNoShowV1;
import com.clinicnet.events.SessionRescheduledV1;
import com.clinicnet.platform.transaction.AfterCommit;

/**
 * One log line per committed change to a session, with ids only (never the client's contact or health details), in
 * the request's trace: the line operators start from when they follow a booking across the services.
 *
 * <p>The line is written after commit by {@link AfterCommit}, not by a {@code @TransactionalEventListener}:
 * Spring Modulith's outbox keeps every transactional listener as a publication of its own, stored with the change and
 * marked processing and completed after commit, each time in a new transaction. That second connection was asked for
 * while the request still held its first, so as many bookings committing at once as the pool has connections each
 * waited for one that none of them could give back, and all failed with a 500 after the pool's timeout. A log line
 * needs no outbox: it is written once, or not at all if the service dies at that moment.
 */
@Component
class SessionChangeLog {

    private static final Logger log = LoggerFactory.getLogger(SessionChangeLog.class);

    @EventListener
    void on(SessionBookedV1 booked) {
        AfterCommit.run(() -> log.info("Session {} booked with therapist {} at clinic {}", booked.sessionId(),
                booked.therapistId(), booked.clinicId()));
    }

    @EventListener
    void on(SessionRescheduledV1 moved) {
        AfterCommit.run(() -> log.info("Session {} moved to {}", moved.sessionId(), moved.startsAt()));
    }

    @EventListener
    void on(SessionCancelledV2 cancelled) {
        AfterCommit.run(() -> log.info("Session {} cancelled by the {}{}{}", cancelled.sessionId(),
                cancelled.cancelledBy().toLowerCase(java.util.Locale.ROOT), cancelled.late() ? ", late" : "",
                cancelled.becauseErased() ? ", its client erased" : ""));
    }

    @EventListener
    void on(SessionCompletedV1 completed) {
        AfterCommit.run(() -> log.info("Session {} completed", completed.sessionId()));
    }

    @EventListener
    void on(SessionNoShowV1 missed) {
        AfterCommit.run(() -> log.info("Session {} missed: the client did not come", missed.sessionId()));
    }

    @EventListener
    void on(ClientArrivedV1 arrived) {
        AfterCommit.run(() -> log.info("Session {}: its client arrived", arrived.sessionId()));
    }
}
