package com.clinicnet.booking.plan;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.audit.AuditAction;
import com.clinicnet.platform.audit.AuditTrail;
import com.clinicnet.platform.problem.ConflictException;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.platform.security.Caller;

/**
 * A plan changed while it runs (more or fewer sessions, another cadence) or ended early. Shortened to the sessions
 * already given, it is completed. A follow-up already timed keeps its time; those after it follow the new cadence.
 */
@Service
class PlanChanges {

    private static final String PLAN = "treatment_plan";

    private final PlanRepository plans;
    private final TreatmentPlans treatmentPlans;
    private final AuditTrail audit;

    PlanChanges(PlanRepository plans, TreatmentPlans treatmentPlans, AuditTrail audit) {
        this.plans = plans;
        this.treatmentPlans = treatmentPlans;
        this.audit = audit;
    }

    @Transactional
    TreatmentPlan change(Caller caller, UUID id, PlanChangeRequest request) {
        TreatmentPlan plan = active(caller, id);
        int completed = plans.completedSessions(id);
        int sessions = request.sessions() == null ? plan.sessionsPlanned() : request.sessions();
        int interval = request.intervalDays() == null ? plan.intervalDays() : request.intervalDays();
        if (sessions < completed) {
            throw new RuleViolationException("sessions", completed + " sessions of this plan were already given");
        }
        if (!plans.change(id, sessions, interval)) {
            throw notActive();
        }
        TreatmentPlan changed = plan.changedTo(sessions, interval);
        audit.record(caller, AuditAction.PLAN_CHANGED, PLAN, id, sessions + " sessions every " + interval + " days");
        if (changed.isCompletedBy(completed)) {
            treatmentPlans.completed(caller, changed, completed, "shortened to the sessions given");
            return plans.find(id).orElseThrow();
        }
        return changed;
    }

    /** Ends the plan early: no more follow-ups; its sessions already booked stay booked. Ending twice is fine. */
    @Transactional
    TreatmentPlan end(Caller caller, UUID id) {
        TreatmentPlan plan = found(caller, id);
        if (plan.status() == TreatmentPlan.PlanStatus.ENDED) {
            return plan;
        }
        if (!plans.end(id)) {
            throw notActive();
        }
        plans.stopFollowUps(id);
        audit.record(caller, AuditAction.PLAN_ENDED, PLAN, id, "ended early");
        return plans.find(id).orElseThrow();
    }

    private TreatmentPlan active(Caller caller, UUID id) {
        TreatmentPlan plan = found(caller, id);
        if (plan.status() != TreatmentPlan.PlanStatus.ACTIVE) {
            throw notActive();
        }
        return plan;
    }

    private TreatmentPlan found(Caller caller, UUID id) {
        TreatmentPlan plan = plans.find(id).orElseThrow(() -> new NotFoundException("Treatment plan", id));
        TreatmentPlans.requireMayChange(caller, plan);
        return plan;
    }

    private static ConflictException notActive() {
        return new ConflictException("The plan is no longer active: it was completed or ended");
    }
}
