package com.clinicnet.booking.plan;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.clinicnet.events.FollowUpDueV1;
import com.clinicnet.events.TreatmentPlanCompletedV1;
import com.clinicnet.events.TreatmentPlanStartedV1;
import com.clinicnet.platform.metrics.CommittedFacts;

import io.micrometer.core.instrument.Tags;

/**
 * Treatment plans started and completed and follow-ups raised, per clinic, once their transaction commits. In
 * Prometheus: {@code clinicnet_plans_total{change,clinic}}.
 */
@Component
class PlanMetrics {

    private static final String NAME = "clinicnet.plans";
    private static final String DESCRIPTION = "Treatment plans started and completed, follow-ups raised, per clinic";

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
}
