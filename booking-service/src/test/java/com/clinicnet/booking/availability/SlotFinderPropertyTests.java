package com.clinicnet.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.workingtime.WeeklySchedule;
import com.clinicnet.workingtime.WeeklyShift;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the shifts, bookings and session length: every offered slot could be booked (therapist and a room free
 * for the session and its buffer), and once it is booked it is never offered again.
 */
class SlotFinderPropertyTests {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
    private final SlotFinder finder = new SlotFinder(Duration.ofMinutes(15), Duration.ofHours(1));

    record Scenario(ClinicView clinic, List<TherapistView> therapists, List<Occupancy> booked, Duration length) {
    }

    @Property(tries = 200)
    void a_booked_slot_is_never_offered_again_and_no_offer_overlaps_a_booking(@ForAll("scenarios") Scenario scenario) {
        List<Occupancy> booked = new ArrayList<>(scenario.booked());
        SlotSearch search = new SlotSearch(scenario.length(), MONDAY.atStartOfDay(SlotFinderTests.LISBON).toInstant(),
                MONDAY.plusDays(1).atStartOfDay(SlotFinderTests.LISBON).toInstant(), Set.of(), Optional.empty(), Optional.empty());

        for (int round = 0; round < 5; round++) {
            List<Slot> offered = finder.find(search, List.of(scenario.clinic()), scenario.therapists(), booked, LONG_AGO);
            for (Slot slot : offered) {
                Instant from = slot.starts().toInstant();
                Instant until = slot.ends().toInstant().plus(scenario.clinic().bufferAfterSession());
                assertThat(booked).noneMatch(b -> b.therapistId().equals(slot.therapistId()) && b.overlaps(from, until));
                assertThat(booked.stream().filter(b -> b.overlaps(from, until)).map(Occupancy::room).distinct().count())
                        .isLessThan(scenario.clinic().treatmentRooms());
                assertThat(finder.onGrid(slot.starts())).isTrue();
            }
            if (offered.isEmpty()) {
                return;
            }
            Slot taken = offered.get(offered.size() / 2);
            Instant from = taken.starts().toInstant();
            Instant until = taken.ends().toInstant().plus(scenario.clinic().bufferAfterSession());
            booked.add(new Occupancy(taken.therapistId(), taken.clinicId(), freeRoom(booked, scenario.clinic(), from, until), from, until));

            assertThat(finder.find(search, List.of(scenario.clinic()), scenario.therapists(), booked, LONG_AGO))
                    .noneMatch(slot -> slot.therapistId().equals(taken.therapistId())
                            && slot.starts().toInstant().isBefore(until) && from.isBefore(slot.ends().toInstant()));
        }
    }

    private static int freeRoom(List<Occupancy> booked, ClinicView clinic, Instant from, Instant until) {
        for (int room = 1; room <= clinic.treatmentRooms(); room++) {
            int candidate = room;
            if (booked.stream().noneMatch(b -> b.room() == candidate && b.overlaps(from, until))) {
                return room;
            }
        }
        throw new AssertionError("An offered slot had no free room");
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Integer> rooms = Arbitraries.integers().between(1, 3);
        Arbitrary<Integer> buffer = Arbitraries.of(0, 10, 15);
        Arbitrary<Duration> length = Arbitraries.of(30, 60, 90).map(Duration::ofMinutes);
        Arbitrary<List<int[]>> shifts = Arbitraries.integers().between(7, 14)
                .flatMap(start -> Arbitraries.integers().between(start + 2, 20).map(end -> new int[] { start, end }))
                .list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<List<int[]>> bookings = Arbitraries.integers().between(0, 3)
                .flatMap(therapist -> Arbitraries.integers().between(7 * 4, 19 * 4)
                        .map(quarter -> new int[] { therapist, quarter }))
                .list().ofMaxSize(6);
        return Combinators.combine(rooms, buffer, length, shifts, bookings).as((roomCount, bufferMinutes, sessionLength, shiftHours, bookingSpecs) -> {
            ClinicView clinic = new ClinicView(UUID.randomUUID(), "Baixa", "Lisbon", SlotFinderTests.LISBON, roomCount,
                    Duration.ofMinutes(bufferMinutes), Duration.ofHours(24), Set.of(30, 60, 90));
            List<TherapistView> therapists = new ArrayList<>();
            for (int[] hours : shiftHours) {
                therapists.add(new TherapistView(UUID.randomUUID(), "T" + therapists.size(), true, Set.of(clinic.id()),
                        Map.of("LOWER_BACK", 2), List.of(new WeeklySchedule(MONDAY.minusDays(7), List.of(new WeeklyShift(
                        clinic.id(), DayOfWeek.MONDAY, LocalTime.of(hours[0], 0), LocalTime.of(hours[1], 0))))), List.of()));
            }
            List<Occupancy> booked = new ArrayList<>();
            for (int[] spec : bookingSpecs) {
                TherapistView therapist = therapists.get(spec[0] % therapists.size());
                Instant from = MONDAY.atStartOfDay(SlotFinderTests.LISBON).toInstant().plus(Duration.ofMinutes(15L * spec[1]));
                Instant until = from.plus(sessionLength).plus(Duration.ofMinutes(bufferMinutes));
                boolean therapistFree = booked.stream().noneMatch(b -> b.therapistId().equals(therapist.id()) && b.overlaps(from, until));
                List<Integer> free = new ArrayList<>();
                for (int room = 1; room <= roomCount; room++) {
                    int candidate = room;
                    if (booked.stream().noneMatch(b -> b.room() == candidate && b.overlaps(from, until))) {
                        free.add(room);
                    }
                }
                if (therapistFree && !free.isEmpty()) {
                    booked.add(new Occupancy(therapist.id(), clinic.id(), free.getFirst(), from, until));
                }
            }
            return new Scenario(clinic, therapists, booked, sessionLength);
        });
    }
}
