package com.clinicnet.booking.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.audit.AuditAction;
import com.clinicnet.booking.client.ClientRegistry;
import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.DirectoryReadModel;
import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.events.ErasedClient;
import com.clinicnet.events.FollowUpDueV1;
import com.clinicnet.events.TreatmentPlanCompletedV1;
import com.clinicnet.events.TreatmentPlanStartedV1;
import com.clinicnet.platform.audit.AuditTrail;
import com.clinicnet.platform.problem.ForbiddenException;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

/**
 * Treatment plans keep a series on track: sessions are booked into them, and when a session is completed and the
 * next is not booked by its due date minus a lead time, a follow-up is raised on {@code booking.plans}.
 */
@Service
public class TreatmentPlans {

    private static final int FOLLOW_UPS_PER_BATCH = 100;
    private static final String PLAN = "plan";

    private final PlanRepository plans;
    private final PlanMetrics metrics;
    private final AuditTrail audit;
    private final ClientRegistry clients;
    private final DirectoryReadModel directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration followUpLeadTime;
    private final Duration rebookGrace;

    TreatmentPlans(PlanRepository plans, PlanMetrics metrics, AuditTrail audit, ClientRegistry clients,
            DirectoryReadModel directory,
            ApplicationEventPublisher events, Clock clock,
            @Value("${clinicnet.plans.follow-up-lead-time}") Duration followUpLeadTime,
            @Value("${clinicnet.plans.rebook-grace}") Duration rebookGrace) {
        this.plans = plans;
        this.metrics = metrics;
        this.audit = audit;
        this.clients = clients;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
        this.followUpLeadTime = followUpLeadTime;
        this.rebookGrace = rebookGrace;
    }

    @Transactional
    public TreatmentPlan start(Caller caller, PlanRequest request) {
        caller.requireAny(Role.CLIENT, Role.FRONT_DESK);
        if (!caller.is(Role.CLIENT) && !caller.servesClinic(request.clinicId())) {
            throw new ForbiddenException("The front desk starts plans only at its own clinics");
        }
        clients.requireBookableBy(caller, request.clientId());
        ClinicView clinic = directory.clinic(request.clinicId())
                .orElseThrow(() -> new RuleViolationException("clinicId", "No such clinic"));
        TherapistView therapist = directory.therapist(request.therapistId())
                .filter(view -> view.worksAt(clinic.id()))
                .orElseThrow(() -> new RuleViolationException("therapistId", "This therapist does not work at this clinic"));
        TreatmentPlan plan = new TreatmentPlan(UUID.randomUUID(), request.clientId(), therapist.id(), clinic.id(),
                request.concern(), request.sessions(), request.intervalDays(), clinic.timeZone(),
                TreatmentPlan.PlanStatus.ACTIVE);
        plans.insert(plan);
        audit.record(caller, AuditAction.PLAN_STARTED, PLAN, plan.id());
        events.publishEvent(new TreatmentPlanStartedV1(UUID.randomUUID(), clock.instant(), plan.id(), plan.clientId(),
                plan.therapistId(), plan.clinicId(), plan.sessionsPlanned(), plan.intervalDays(),
                plan.clinicTimeZone().getId()));
        return plan;
    }

    @Transactional(readOnly = true)
    public TreatmentPlan find(Caller caller, UUID id) {
        TreatmentPlan plan = plans.find(id).orElseThrow(() -> new NotFoundException("Treatment plan", id));
        requireMayRead(caller, plan);
        return plan;
    }

    @Transactional(readOnly = true)
    public List<TreatmentPlan> ofClient(Caller caller, UUID clientId) {
        caller.requireAny(Role.CLIENT, Role.FRONT_DESK, Role.OPS);
        if (!caller.is(Role.OPS)) {
            clients.requireMayActFor(caller, clientId);
        }
        return plans.ofClient(clientId).stream().filter(plan -> caller.isAny(Role.CLIENT, Role.OPS)
                || caller.servesClinic(plan.clinicId())).toList();
    }

    /** How many of the plan's sessions are neither given nor booked yet. */
    @Transactional(readOnly = true)
    public int sessionsStillToBook(UUID planId) {
        TreatmentPlan plan = plans.find(planId).orElseThrow(() -> new NotFoundException("Treatment plan", planId));
        return Math.max(0, plan.sessionsPlanned() - plans.completedSessions(planId) - plans.bookedSessions(planId));
    }

    /** A session booked into a plan must be the plan's client, therapist and clinic while it is active. */
    public void requireBookableInto(UUID planId, UUID clientId, UUID therapistId, UUID clinicId) {
        TreatmentPlan plan = plans.find(planId)
                .filter(found -> found.clientId().equals(clientId))
                .orElseThrow(() -> new RuleViolationException("planId", "No such plan for this client"));
        if (plan.status() != TreatmentPlan.PlanStatus.ACTIVE) {
            throw new RuleViolationException("planId", "The plan is already completed");
        }
        if (!plan.therapistId().equals(therapistId) || !plan.clinicId().equals(clinicId)) {
            throw new RuleViolationException("planId", "A plan's sessions are with its own therapist and clinic");
        }
    }

    /**
     * A session was booked into the plan (the session feature wrote it with the plan's id): a follow-up raised and
     * still outstanding is converted by this booking. Both are counted once the booking commits.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void sessionBookedInto(Caller caller, UUID planId, UUID sessionId, UUID clinicId) {
        audit.record(caller, AuditAction.PLAN_SESSION_BOOKED, PLAN, planId, "session " + sessionId);
        plans.stopFollowUps(planId);
        metrics.followUpsConverted(clinicId, plans.convertRaisedFollowUps(planId));
        metrics.rebooked(clinicId);
    }

    /** After a session is completed: the plan is done, or the next session falls due and a follow-up is timed. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void sessionCompleted(Caller caller, UUID sessionId, Instant sessionStart) {
        plans.planOfSession(sessionId).flatMap(plans::find).ifPresent(plan -> {
            int completed = plans.completedSessions(plan.id());
            if (plan.isCompletedBy(completed)) {
                completed(caller, plan, completed, "session " + sessionId);
                return;
            }
            LocalDate due = plan.nextDueAfter(sessionStart.atZone(plan.clinicTimeZone()).toLocalDate());
            plans.scheduleFollowUp(plan.id(), due, due.atStartOfDay(plan.clinicTimeZone()).toInstant().minus(followUpLeadTime));
        });
    }

    /**
     * A session of the plan was cancelled or missed: unless another is booked within the grace period, a follow-up
     * is raised then (the timer checks, when it fires, whether one was booked meanwhile).
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void sessionDropped(UUID sessionId, Instant sessionStart) {
        plans.planOfSession(sessionId).flatMap(plans::find)
                .filter(plan -> plan.status() == TreatmentPlan.PlanStatus.ACTIVE)
                .ifPresent(plan -> plans.scheduleFollowUp(plan.id(),
                        sessionStart.atZone(plan.clinicTimeZone()).toLocalDate(), clock.instant().plus(rebookGrace)));
    }

    /** The plan is done: completed, its follow-ups stopped, audited and told (a closing message goes out). */
    void completed(Caller caller, TreatmentPlan plan, int sessionsCompleted, String why) {
        plans.complete(plan.id(), clock.instant());
        plans.stopFollowUps(plan.id());
        audit.record(caller, AuditAction.PLAN_COMPLETED, PLAN, plan.id(), why);
        events.publishEvent(new TreatmentPlanCompletedV1(UUID.randomUUID(), clock.instant(), plan.id(),
                plan.clientId(), plan.therapistId(), plan.clinicId(), sessionsCompleted));
    }

    /**
     * Raises the follow-ups due by {@code now}, once each: a follow-up whose next session was booked meanwhile is
     * stopped instead. Returns how many were raised.
     */
    @Transactional
    public int raiseDueFollowUps(Instant now) {
        int raised = 0;
        for (PlanRepository.DueFollowUp followUp : plans.claimDue(now, FOLLOW_UPS_PER_BATCH)) {
            TreatmentPlan plan = plans.find(followUp.planId()).orElseThrow();
            if (plans.hasBookedSession(plan.id()) || plan.status() != TreatmentPlan.PlanStatus.ACTIVE) {
                plans.markFollowUp(followUp, "STOPPED");
                continue;
            }
            plans.raiseFollowUp(followUp, now);
            events.publishEvent(new FollowUpDueV1(UUID.randomUUID(), now, plan.id(), plan.clientId(), plan.therapistId(),
                    plan.clinicId(), followUp.dueDate(), plans.completedSessions(plan.id()) + 1, plan.sessionsPlanned(),
                    plan.clinicTimeZone().getId()));
            raised++;
        }
        return raised;
    }

    /**
     * Part of an erasure: the client's active plans end, their pending follow-ups stop, and every plan kept for the
     * clinic's books points to the erased client, without the concern it was for.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void endForErasure(Caller caller, UUID clientId) {
        for (TreatmentPlan plan : plans.ofClient(clientId)) {
            plans.stopFollowUps(plan.id());
            if (plan.status() == TreatmentPlan.PlanStatus.ACTIVE) {
                audit.record(caller, AuditAction.PLAN_ENDED, PLAN, plan.id(), "client erased");
            }
        }
        plans.endAndAnonymise(clientId, ErasedClient.ID);
    }

    /** Those a plan concerns may change or end it: its client, its therapist, its clinic's front desk. */
    static void requireMayChange(Caller caller, TreatmentPlan plan) {
        caller.requireAny(Role.CLIENT, Role.THERAPIST, Role.FRONT_DESK);
        requireMayRead(caller, plan);
    }

    private static void requireMayRead(Caller caller, TreatmentPlan plan) {
        caller.requireAny(Role.CLIENT, Role.THERAPIST, Role.FRONT_DESK, Role.OPS);
        boolean allowed = caller.is(Role.OPS)
                || (caller.is(Role.CLIENT) && caller.isSubject(plan.clientId()))
                || (caller.is(Role.THERAPIST) && caller.isSubject(plan.therapistId()))
                || caller.servesClinic(plan.clinicId());
        if (!allowed) {
            throw new NotFoundException("Treatment plan", plan.id());
        }
    }
}
