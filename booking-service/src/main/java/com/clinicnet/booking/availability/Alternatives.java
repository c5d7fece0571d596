package com.clinicnet.booking.availability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.DirectoryReadModel;
import com.clinicnet.booking.directory.TherapistView;

/**
 * For a booked session the directory no longer supports: whether its therapist still works it, and the free slots
 * the client could take instead: the same therapist at another time first, then another therapist of the same
 * specialties at the same clinic, then at another clinic of the city, the nearest to the original time of each tier
 * before the second nearest of any.
 */
@Service
public class Alternatives {

    private final DirectoryReadModel directory;
    private final SessionOccupancy occupancy;
    private final SlotFinder finder;
    private final Clock clock;
    private final Duration within;

    Alternatives(DirectoryReadModel directory, SessionOccupancy occupancy, SlotFinder finder, Clock clock,
            @Value("${clinicnet.disruptions.alternatives-within}") Duration within) {
        this.directory = directory;
        this.occupancy = occupancy;
        this.finder = finder;
        this.clock = clock;
        this.within = within;
    }

    /**
     * Whether the therapist, as the directory has them, still works the whole session at its clinic (active there,
     * on shift, not away, the clinic open); absent from the directory, they do not.
     */
    public boolean stillWorked(Optional<ClinicView> clinic, Optional<TherapistView> therapist, Instant startsAt,
            Duration length) {
        return clinic.isPresent() && therapist.isPresent()
                && finder.works(clinic.get(), therapist.get(), startsAt, length);
    }

    /**
     * Up to {@code count} free slots instead of the session, from now until a while after its time, none of them
     * the time of a slot {@code alreadyOffered} to another client (so two disrupted clients are not sent to the same
     * therapist at the same time).
     */
    @Transactional(readOnly = true)
    public List<Slot> insteadOf(UUID clinicId, UUID therapistId, Instant startsAt, Duration length, int count,
            List<Slot> alreadyOffered) {
        Optional<ClinicView> clinic = directory.clinic(clinicId);
        if (clinic.isEmpty()) {
            return List.of();
        }
        Set<String> specialties = directory.therapist(therapistId).map(t -> t.specialtyLevels().keySet())
                .orElse(Set.of());
        Disrupted disrupted = new Disrupted(therapistId, startsAt, length);
        List<ClinicView> otherClinics = directory.clinics(null, clinic.get().city()).stream()
                .filter(other -> !other.id().equals(clinicId)).toList();
        List<List<Slot>> tiers = List.of(
                nearest(slots(List.of(clinic.get()), Set.of(), therapistId, disrupted), disrupted),
                nearest(slots(List.of(clinic.get()), specialties, null, disrupted).stream()
                        .filter(slot -> !slot.therapistId().equals(therapistId)).toList(), disrupted),
                nearest(slots(otherClinics, specialties, null, disrupted), disrupted));
        return chosen(tiers.stream().map(tier -> tier.stream()
                .filter(slot -> alreadyOffered.stream().noneMatch(offered -> overlap(offered, slot))).toList())
                .toList(), count);
    }

    private static boolean overlap(Slot one, Slot other) {
        return one.therapistId().equals(other.therapistId()) && one.starts().isBefore(other.ends())
                && other.starts().isBefore(one.ends());
    }

    /** The best of each tier in order, so the client has a real choice; then the next best, tier by tier. */
    private static List<Slot> chosen(List<List<Slot>> tiers, int count) {
        List<Slot> chosen = new ArrayList<>();
        int deepest = tiers.stream().mapToInt(List::size).max().orElse(0);
        for (int rank = 0; rank < deepest; rank++) {
            for (List<Slot> tier : tiers) {
                if (chosen.size() == count) {
                    return chosen;
                }
                if (rank < tier.size()) {
                    chosen.add(tier.get(rank));
                }
            }
        }
        return chosen;
    }

    private List<Slot> slots(List<ClinicView> clinics, Set<String> specialties, UUID therapistId, Disrupted disrupted) {
        if (clinics.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Instant to = disrupted.startsAt().plus(within);
        List<UUID> clinicIds = clinics.stream().map(ClinicView::id).toList();
        List<TherapistView> therapists = directory.therapists(clinicIds, specialties, therapistId);
        // the disrupted session still holds its room and therapist until someone decides; it is what is replaced
        List<UUID> therapistIds = therapists.stream().map(TherapistView::id).toList();
        List<Occupancy> taken = occupancy.occupancy(clinicIds, therapistIds, now, to).stream()
                .filter(held -> !disrupted.is(held)).toList();
        SlotSearch search = new SlotSearch(disrupted.length(), now, to, specialties, Optional.ofNullable(therapistId),
                Optional.empty());
        return finder.find(search, clinics, therapists, taken, now);
    }

    private static List<Slot> nearest(List<Slot> slots, Disrupted disrupted) {
        return slots.stream().sorted(Comparator.comparing(slot -> disrupted.distanceTo(slot.starts().toInstant())))
                .toList();
    }

    private record Disrupted(UUID therapistId, Instant startsAt, Duration length) {

        Duration distanceTo(Instant start) {
            return Duration.between(startsAt, start).abs();
        }

        boolean is(Occupancy held) {
            return held.therapistId().equals(therapistId) && held.from().equals(startsAt);
        }
    }
}
