package com.clinicnet.booking.series;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.availability.Alternatives;
import com.clinicnet.booking.availability.Availability;
import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.DirectoryReadModel;
import com.clinicnet.booking.intake.IntakeRecords;
import com.clinicnet.booking.intake.TreatmentNeeds;
import com.clinicnet.booking.plan.TreatmentPlan;
import com.clinicnet.booking.plan.TreatmentPlans;
import com.clinicnet.booking.session.BookedSession;
import com.clinicnet.booking.session.SessionBookings;
import com.clinicnet.booking.session.SessionLength;
import com.clinicnet.platform.problem.ConflictException;
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.platform.security.Caller;

/**
 * Books what is left of a plan in one transaction: each time checked against the therapist's free time first, then
 * booked as any booking is. A time lost to another booking at the last moment rolls the whole series back (409), so
 * nothing is ever half-booked by accident.
 */
@Service
class SeriesBooking {

    /** Alternatives looked at per unbookable time, before keeping the plan's therapist's nearest few. */
    private static final int ALTERNATIVES_LOOKED_AT = 12;
    private static final int ALTERNATIVES_OFFERED = 3;

    private final TreatmentPlans plans;
    private final DirectoryReadModel directory;
    private final Availability availability;
    private final Alternatives alternatives;
    private final IntakeRecords intakes;
    private final SessionBookings bookings;

    SeriesBooking(TreatmentPlans plans, DirectoryReadModel directory, Availability availability,
            Alternatives alternatives, IntakeRecords intakes, SessionBookings bookings) {
        this.plans = plans;
        this.directory = directory;
        this.availability = availability;
        this.alternatives = alternatives;
        this.intakes = intakes;
        this.bookings = bookings;
    }

    @Transactional
    BookedSeries book(Caller caller, UUID planId, SeriesRequest request) {
        TreatmentPlan plan = plans.find(caller, planId);
        if (plan.status() != TreatmentPlan.PlanStatus.ACTIVE) {
            throw new ConflictException("The plan is no longer active: it was completed or ended");
        }
        int count = plans.sessionsStillToBook(planId);
        if (count == 0) {
            throw new ConflictException("Every session of the plan is already given or booked");
        }
        Duration length = SessionLength.ofMinutes(request.durationMinutes()).map(SessionLength::duration)
                .orElseThrow(() -> new RuleViolationException("durationMinutes", "A session lasts 30, 60 or 90 minutes"));
        ClinicView clinic = directory.clinic(plan.clinicId())
                .orElseThrow(() -> new ConflictException("The plan's clinic no longer takes bookings"));
        Optional<TreatmentNeeds> needs = intakes.needsOf(plan.clientId());
        List<ZonedDateTime> free = new ArrayList<>();
        List<UnbookableTime> unbookable = new ArrayList<>();
        for (ZonedDateTime time : PlannedTimes.of(request.firstStartsAt().atZoneSameInstant(clinic.timeZone()), count,
                plan.intervalDays())) {
            if (isFree(clinic, plan, needs, time, length)) {
                free.add(time);
            }
            else {
                unbookable.add(new UnbookableTime(time.toOffsetDateTime(), insteadOf(plan, time, length)));
            }
        }
        if (!unbookable.isEmpty() && !request.partialAccepted()) {
            throw new SeriesNotBookableException(unbookable);
        }
        List<BookedSession> booked = free.stream().map(time -> bookings.book(caller, plan.clientId(),
                plan.therapistId(), plan.clinicId(), time.toOffsetDateTime(), request.durationMinutes(), planId))
                .toList();
        return new BookedSeries(booked, unbookable);
    }

    private boolean isFree(ClinicView clinic, TreatmentPlan plan, Optional<TreatmentNeeds> needs, ZonedDateTime time,
            Duration length) {
        return availability.freeSlots(List.of(clinic), Set.of(), plan.therapistId(), needs, length, time.toInstant(),
                time.toInstant().plus(length)).stream().anyMatch(slot -> slot.starts().toInstant()
                        .equals(time.toInstant()));
    }

    private List<java.time.OffsetDateTime> insteadOf(TreatmentPlan plan, ZonedDateTime time, Duration length) {
        return alternatives.insteadOf(plan.clinicId(), plan.therapistId(), time.toInstant(), length,
                        ALTERNATIVES_LOOKED_AT, List.of()).stream()
                .filter(slot -> slot.therapistId().equals(plan.therapistId()) && slot.clinicId().equals(plan.clinicId()))
                .limit(ALTERNATIVES_OFFERED).map(slot -> slot.starts().toOffsetDateTime()).toList();
    }

    /** The sessions booked, and the times that could not be (when the client accepted a part). */
    record BookedSeries(List<BookedSession> booked, List<UnbookableTime> unbookable) {
    }
}
