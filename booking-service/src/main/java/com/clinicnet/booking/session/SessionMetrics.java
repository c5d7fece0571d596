package com.clinicnet.booking.session;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.events.SessionCancelledV2;
import com.clinicnet.events.SessionCompletedV1;
import com.clinicnet.events.SessionNoShowV1;
import com.clinicnet.events.SessionRescheduledV1;
import com.clinicnet.platform.metrics.CommittedFacts;

import io.micrometer.core.instrument.Tags;

/**
 * Sessions booked, moved, cancelled (late or not), completed and missed, per clinic, counted from the events this
 * service publishes once their transaction commits. In Prometheus: {@code clinicnet_sessions_total{change,clinic}}.
 */
@Component
class SessionMetrics {

    private static final String NAME = "clinicnet.sessions";
    private static final String DESCRIPTION = "Changes to sessions, per clinic";

    private final CommittedFacts facts;

    SessionMetrics(CommittedFacts facts) {
        this.facts = facts;
    }

    @EventListener
    void on(SessionBookedV1 booked) {
        facts.count(NAME, DESCRIPTION, Tags.of("change", "booked", "clinic", booked.clinicId().toString()));
    }

    @EventListener
    void on(SessionRescheduledV1 moved) {
        facts.count(NAME, DESCRIPTION, Tags.of("change", "rescheduled", "clinic", moved.clinicId().toString()));
    }

    @EventListener
    void on(SessionCancelledV2 cancelled) {
        facts.count(NAME, DESCRIPTION, Tags.of("change", cancelled.late() ? "cancelled_late" : "cancelled",
                "clinic", cancelled.clinicId().toString()));
    }

    @EventListener
    void on(SessionCompletedV1 completed) {
        facts.count(NAME, DESCRIPTION, Tags.of("change", "completed", "clinic", completed.clinicId().toString()));
    }

    @EventListener
    void on(SessionNoShowV1 missed) {
        facts.count(NAME, DESCRIPTION, Tags.of("change", "no_show", "clinic", missed.clinicId().toString()));
    }
}
