package com.clinicnet.booking.plan;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The durable follow-up timer: due follow-ups are rows in PostgreSQL, so they survive restarts; each poll claims
 * them with FOR UPDATE SKIP LOCKED, so with several instances each fires once. A poller rather than a scheduler
 * library because the rows are domain data the plan needs anyway (due date, state), and one row per follow-up is
 * all the scheduling there is.
 */
@Component
class FollowUpTimer {

    private final TreatmentPlans plans;
    private final Clock clock;

    FollowUpTimer(TreatmentPlans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${clinicnet.plans.follow-up-poll-every}")
    void raiseDue() {
        plans.raiseDueFollowUps(clock.instant());
    }
}
