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
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Answers "when can I come, and with whom?" from booking's own read model, and checks a chosen slot at booking. */
@Service
public class Availability {

    private final AvailabilityReadModel readModel;
    private final DirectoryReadModel directory;
    private final SlotFinder finder;
    private final Clock clock;
    private final MeterRegistry meters;

    Availability(AvailabilityReadModel readModel, DirectoryReadModel directory, SlotFinder finder, Clock clock,
            MeterRegistry meters) {
        this.readModel = readModel;
        this.directory = directory;
        this.finder = finder;
        this.clock = clock;
        this.meters = meters;
    }

    @Transactional(readOnly = true)
    public List<Slot> search(Caller caller, AvailabilityRequest request) {
        caller.requireAny(Role.values());
        List<Slot> slots = slotsFor(request);
        // by clinic or city searched, never by concern (health data) or client
        Counter.builder("clinicnet.availability.searches").description("Availability searches, and whether any slot was found")
                .tag("found", slots.isEmpty() ? "no" : "yes")
                .tag("clinic", request.clinicId() == null ? "any" : request.clinicId().toString())
                .tag("city", request.city() == null ? "any" : request.city())
                .register(meters).increment();
        return slots;
    }

    private List<Slot> slotsFor(AvailabilityRequest request) {
        Set<String> specialties = request.concern() == null ? Set.of() : specialtiesFor(request.concern());
        List<BookableClinic> clinics = readModel.clinics(request.clinicId(), request.city());
        if (clinics.isEmpty()) {
            return List.of();
        }
        List<UUID> clinicIds = clinics.stream().map(BookableClinic::id).toList();
        List<BookableTherapist> therapists = readModel.therapists(clinicIds, specialties, request.therapistId());
        List<Occupancy> occupancy = readModel.occupancy(clinicIds,
                therapists.stream().map(BookableTherapist::id).toList(), request.from().toInstant(), request.to().toInstant());
        SlotSearch search = new SlotSearch(Duration.ofMinutes(request.duration()), request.from().toInstant(),
                request.to().toInstant(), specialties, Optional.ofNullable(request.therapistId()),
                Optional.ofNullable(request.planTherapistId()));
        return finder.find(search, clinics, therapists, occupancy, clock.instant()).stream().limit(request.limit()).toList();
    }

    /**
     * Refuses (422) a session the therapist does not work, off the grid, or of a type the clinic does not offer.
     * Whether the therapist or a room is still free is left to the database's exclusion constraints.
     */
    @Transactional(readOnly = true)
    public void requireWorkable(ClinicView clinic, UUID therapistId, Instant startsAt, Duration length) {
        BookableClinic bookable = readModel.clinics(clinic.id(), null).getFirst();
        if (!bookable.sessionTypes().contains((int) length.toMinutes())) {
            throw new RuleViolationException("durationMinutes", "This clinic does not offer " + length.toMinutes()
                    + "-minute sessions");
        }
        if (!finder.onGrid(startsAt.atZone(bookable.timeZone()))) {
            throw new RuleViolationException("startsAt", "Sessions start on the quarter hour of the clinic's clock");
        }
        List<BookableTherapist> therapist = readModel.therapists(List.of(clinic.id()), Set.of(), therapistId);
        SlotSearch exactly = new SlotSearch(length, startsAt, startsAt.plus(length), Set.of(), Optional.of(therapistId),
                Optional.empty());
        boolean works = finder.find(exactly, List.of(bookable), therapist, List.of(), clock.instant()).stream()
                .anyMatch(slot -> slot.starts().toInstant().equals(startsAt));
        if (!works) {
            throw new RuleViolationException("startsAt", "The therapist does not work at this clinic at that time");
        }
    }

    private Set<String> specialtiesFor(String concern) {
        Set<String> specialties = directory.specialtiesFor(List.of(concern));
        if (specialties.isEmpty()) {
            throw new RuleViolationException("concern", "No specialty of the network addresses " + concern);
        }
        return specialties;
    }
}
