package com.clinicnet.booking.plan;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.clinicnet.events.SessionCancelledV2;
import com.clinicnet.events.SessionNoShowV1;

/**
 * Hears, inside the transaction of the change, that a session was cancelled or missed, so that a plan it belonged
 * to does not go quiet; only delegates. A session cancelled because its client was erased drops nothing: the plan
 * ends with the erasure.
 */
@Component
class DroppedPlanSessions {

    private final TreatmentPlans plans;

    DroppedPlanSessions(TreatmentPlans plans) {
        this.plans = plans;
    }

    @EventListener
    void on(SessionCancelledV2 cancelled) {
        if (!cancelled.becauseErased()) {
            plans.sessionDropped(cancelled.sessionId(), cancelled.startsAt());
        }
    }

    @EventListener
    void on(SessionNoShowV1 missed) {
        plans.sessionDropped(missed.sessionId(), missed.startsAt());
    }
}
