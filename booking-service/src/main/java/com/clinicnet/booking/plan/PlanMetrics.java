package com.clinicnet.booking.plan;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.clinicnet.events.FollowUpDueV1;
import com.clinicnet.events.TreatmentPlanCompletedV1;
import com.clinicnet.events.TreatmentPlanStartedV1;
import com.clinicnet.platform.metrics.CommittedFacts;

import io.micrometer.core.instrument.Tags;

/**
 * Treatment plans started and completed, sessions booked into plans, follow-ups raised and follow-ups converted to
 * a booking, per clinic, once their transaction commits. In Prometheus: {@code clinicnet_plans_total{change,clinic}}.
 */
@Component
class PlanMetrics {

    private static final String NAME = "clinicnet.plans";
    private static final String DESCRIPTION =
            "Treatment plans started and completed, sessions booked into plans, follow-ups raised and converted, per clinic";

    private final CommittedFacts facts;

    PlanMetrics(CommittedFacts facts) {
        this.facts = facts;
    }

    @EventListener
    void on(TreatmentPlanStartedV1 started) {
        facts.count(NAME, DESCRIPTION, Tags.of("change", "started", "clinic", started.clinicId().toString()));
    }

    @EventListener
    void on(FollowUpDueV1 due) {
        facts.count(NAME, DESCRIPTION, Tags.of("change", "follow_up_raised", "clinic", due.clinicId().toString()));
    }

    @EventListener
    void on(TreatmentPlanCompletedV1 completed) {
        facts.count(NAME, DESCRIPTION, Tags.of("change", "completed", "clinic", completed.clinicId().toString()));
    }

    /** A session booked into a plan: the series goes on. */
    void rebooked(UUID clinicId) {
        facts.count(NAME, DESCRIPTION, Tags.of("change", "rebooked", "clinic", clinicId.toString()));
    }

    /** Follow-ups that were outstanding when the plan's next session was booked: the nudge worked. */
    void followUpsConverted(UUID clinicId, int followUps) {
        for (int i = 0; i < followUps; i++) {
            facts.count(NAME, DESCRIPTION, Tags.of("change", "follow_up_converted", "clinic", clinicId.toString()));
        }
    }
}
