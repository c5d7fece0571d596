package com.clinicnet.booking.availability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.DirectoryReadModel;
import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.booking.intake.IntakeRecords;
import com.clinicnet.booking.intake.TreatmentNeeds;
import com.clinicnet.platform.problem.ForbiddenException;
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Answers "when can I come, and with whom?" from booking's own read model, and checks a chosen slot at booking. */
@Service
public class Availability {

    private final DirectoryReadModel directory;
    private final SessionOccupancy occupancy;
    private final IntakeRecords intakes;
    private final SlotFinder finder;
    private final Clock clock;
    private final MeterRegistry meters;

    Availability(DirectoryReadModel directory, SessionOccupancy occupancy, IntakeRecords intakes, SlotFinder finder,
            Clock clock, MeterRegistry meters) {
        this.directory = directory;
        this.occupancy = occupancy;
        this.intakes = intakes;
        this.finder = finder;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * The slots the client may book: their intake (their own, or the one staff name) narrows the therapists as
     * booking would, and a red flag answers as booking does instead of with slots.
     */
    @Transactional(readOnly = true)
    public List<Slot> search(Caller caller, AvailabilityRequest request) {
        caller.requireAny(Role.values());
        Optional<TreatmentNeeds> needs = intakes.needsForSearch(caller, request.clientId());
        List<Slot> slots = slotsFor(request, needs, clinicsFor(caller, request));
        // by clinic or city searched, never by concern (health data) or client
        Counter.builder("clinicnet.availability.searches").description("Availability searches, and whether any slot was found")
                .tag("found", slots.isEmpty() ? "no" : "yes")
                .tag("clinic", request.clinicId() == null ? "any" : request.clinicId().toString())
                .tag("city", request.city() == null ? "any" : request.city())
                .register(meters).increment();
        return slots;
    }

    private List<Slot> slotsFor(AvailabilityRequest request, Optional<TreatmentNeeds> needs, List<ClinicView> clinics) {
        // without a concern, the intake's concerns choose the specialties; the finder then applies its conditions
        Set<String> specialties = request.concern() != null ? specialtiesFor(request.concern())
                : needs.map(TreatmentNeeds::specialtiesForConcerns).orElse(Set.of());
        SlotSearch search = new SlotSearch(Duration.ofMinutes(request.duration()), request.from().toInstant(),
                request.to().toInstant(), specialties, Optional.ofNullable(request.therapistId()),
                Optional.ofNullable(request.planTherapistId()), needs);
        if (clinics.isEmpty()) {
            // still asked, so a red flag is answered the same wherever the client looks
            return finder.find(search, List.of(), List.of(), List.of(), clock.instant());
        }
        return found(search, clinics).stream().limit(request.limit()).toList();
    }

    /** The slots of the search at these clinics: their therapists and what is taken read once, then the finder. */
    private List<Slot> found(SlotSearch search, List<ClinicView> clinics) {
        List<UUID> clinicIds = clinics.stream().map(ClinicView::id).toList();
        List<TherapistView> therapists = directory.therapists(clinicIds, search.specialties(),
                search.therapistId().orElse(null));
        List<Occupancy> taken = occupancy.occupancy(clinicIds, therapists.stream().map(TherapistView::id).toList(),
                search.from(), search.to());
        return finder.find(search, clinics, therapists, taken, clock.instant());
    }

    /**
     * The clinics searched. The front desk searching for a named client sees only its own clinics, where it may book
     * the slots for them (as at booking, another clinic is forbidden); every other search is as before.
     */
    private List<ClinicView> clinicsFor(Caller caller, AvailabilityRequest request) {
        boolean deskForAClient = request.clientId() != null && caller.is(Role.FRONT_DESK) && !caller.is(Role.ADMIN);
        if (deskForAClient && request.clinicId() != null && !caller.servesClinic(request.clinicId())) {
            throw new ForbiddenException("The front desk books only at its own clinics");
        }
        List<ClinicView> clinics = directory.clinics(request.clinicId(), request.city());
        return deskForAClient ? clinics.stream().filter(clinic -> caller.servesClinic(clinic.id())).toList() : clinics;
    }

    /**
     * The free slots at these clinics for nobody's search but the client's own needs: a time freed for a waiting
     * client. {@code therapistId} (or null: anyone) and {@code specialties} (empty: any) narrow the therapists.
     */
    @Transactional(readOnly = true)
    public List<Slot> freeSlots(List<ClinicView> clinics, Set<String> specialties, UUID therapistId,
            Optional<TreatmentNeeds> needs, Duration length, Instant from, Instant to) {
        if (clinics.isEmpty() || !from.isBefore(to)) {
            return List.of();
        }
        return found(new SlotSearch(length, from, to, specialties, Optional.ofNullable(therapistId), Optional.empty(),
                needs), clinics);
    }

    /**
     * Asks {@link SlotFinder#requireWorkable} about the clinic and therapist booking has already read from the
     * directory (a therapist who no longer works there is offered no slot, so is refused as one).
     */
    public void requireWorkable(ClinicView clinic, Optional<TherapistView> therapist, UUID therapistId, Instant startsAt,
            Duration length) {
        finder.requireWorkable(clinic, therapist.filter(t -> t.worksAt(clinic.id())).stream().toList(), therapistId,
                startsAt, length, clock.instant());
    }

    private Set<String> specialtiesFor(String concern) {
        Set<String> specialties = directory.specialtiesFor(List.of(concern));
        if (specialties.isEmpty()) {
            throw new RuleViolationException("concern", "No specialty of the network addresses " + concern);
        }
        return specialties;
    }
}
