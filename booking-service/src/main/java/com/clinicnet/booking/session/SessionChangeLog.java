package com.clinicnet.booking.session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.events.SessionCancelledV1;
import com.clinicnet.events.SessionCompletedV1;
import com.clinicnet.events.SessionNoShowV1;
import com.clinicnet.events.SessionRescheduledV1;

/**
 * One log line per committed change to a session, with ids only (never the client's contact or health details), in
 * the request's trace: the line operators start from when they follow a booking across the services.
 */
@Component
class SessionChangeLog {

    private static final Logger log = LoggerFactory.getLogger(SessionChangeLog.class);

    @TransactionalEventListener
    void on(SessionBookedV1 booked) {
        log.info("Session {} booked with therapist {} at clinic {}", booked.sessionId(), booked.therapistId(),
                booked.clinicId());
    }

    @TransactionalEventListener
    void on(SessionRescheduledV1 moved) {
        log.info("Session {} moved to {}", moved.sessionId(), moved.startsAt());
    }

    @TransactionalEventListener
    void on(SessionCancelledV1 cancelled) {
        log.info("Session {} cancelled by the {}{}", cancelled.sessionId(), cancelled.cancelledBy().toLowerCase(java.util.Locale.ROOT),
                cancelled.late() ? ", late" : "");
    }

    @TransactionalEventListener
    void on(SessionCompletedV1 completed) {
        log.info("Session {} completed", completed.sessionId());
    }

    @TransactionalEventListener
    void on(SessionNoShowV1 missed) {
        log.info("Session {} missed: the client did not come", missed.sessionId());
    }
}
