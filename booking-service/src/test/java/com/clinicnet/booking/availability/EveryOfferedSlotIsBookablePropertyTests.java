package com.clinicnet.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.booking.intake.Condition;
import com.clinicnet.booking.intake.Intake;
import com.clinicnet.booking.intake.SeeADoctorFirstException;
import com.clinicnet.booking.intake.TreatmentNeeds;
import com.clinicnet.booking.session.BookingPolicy;
import com.clinicnet.booking.session.SessionLength;
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.workingtime.Absence;
import com.clinicnet.workingtime.WeeklySchedule;
import com.clinicnet.workingtime.WeeklyShift;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Availability's promise to booking: whatever the client's intake, the directory and the sessions already booked,
 * every slot offered to the client is one booking takes. Each offered slot is booked against the sessions booked
 * before the search, not against the other offers: offers are alternatives (two overlapping offers cannot both be
 * taken, and booking's 409 says so). Plain Java: the rules booking applies are all plain, and the database only
 * loads their inputs; the therapist and room exclusion constraints are checked on the generated sessions.
 */
class EveryOfferedSlotIsBookablePropertyTests {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final Duration LEAD_TIME = Duration.ofHours(1);
    /** The specialty catalogue: which specialties address which concern (booking reads it from concern_specialty). */
    private static final Map<String, Set<String>> CATALOGUE = Map.of(
            "LOWER_BACK_PAIN", Set.of("LOWER_BACK"),
            "RADIATING_LEG_PAIN", Set.of("SCIATICA", "LOWER_BACK"),
            "NECK_PAIN", Set.of("NECK_SHOULDER"),
            "BACK_PAIN_IN_PREGNANCY", Set.of("PRENATAL", "LOWER_BACK"));
    private static final List<String> SPECIALTIES = List.of("LOWER_BACK", "SCIATICA", "NECK_SHOULDER", "PRENATAL");
    private static final List<Condition> RED_FLAGS = java.util.Arrays.stream(Condition.values())
            .filter(Condition::isRedFlag).toList();

    private final SlotFinder finder = new SlotFinder(Duration.ofMinutes(15), LEAD_TIME);
    private final BookingPolicy policy = new BookingPolicy(LEAD_TIME);

    record Scenario(List<ClinicView> clinics, List<TherapistView> therapists, List<Occupancy> booked,
            Optional<TreatmentNeeds> needs, Set<String> specialtiesSearched, Duration length, Instant now) {
    }

    @Property(tries = 150)
    void every_slot_offered_to_a_client_is_taken_by_every_rule_booking_applies(@ForAll("clientsAndClinics") Scenario scenario) {
        SlotSearch search = new SlotSearch(scenario.length(), MONDAY.atStartOfDay(LISBON).toInstant(),
                MONDAY.plusDays(2).atStartOfDay(LISBON).toInstant(), scenario.specialtiesSearched(), Optional.empty(),
                Optional.empty(), scenario.needs());

        if (scenario.needs().map(needs -> needs.intake().hasRedFlag()).orElse(false)) {
            assertThatThrownBy(() -> finder.find(search, scenario.clinics(), scenario.therapists(), scenario.booked(),
                    scenario.now())).isInstanceOf(SeeADoctorFirstException.class);
            for (TherapistView therapist : scenario.therapists()) {
                assertThatThrownBy(() -> scenario.needs().get().requireTreatableBy(therapist.specialtyLevels()))
                        .as("booking refuses a red flag the same way").isInstanceOf(SeeADoctorFirstException.class);
            }
            Statistics.label("offers").collect("a red flag: see a doctor");
            return;
        }
        List<Slot> offered = finder.find(search, scenario.clinics(), scenario.therapists(), scenario.booked(), scenario.now());

        offered.forEach(slot -> book(scenario, slot));
        Statistics.label("offers").collect(offered.isEmpty() ? "none" : "some");
        Statistics.label("pregnant").collect(scenario.needs()
                .map(needs -> needs.intake().conditions().contains(Condition.PREGNANCY)).orElse(false));
    }

    /**
     * Books the slot through the rules of {@code SessionBooking.book}, in its order, with the rows it would read.
     * A refusal for a rule's reason fails the property, naming the rule.
     */
    private void book(Scenario scenario, Slot slot) {
        ClinicView clinic = scenario.clinics().stream().filter(c -> c.id().equals(slot.clinicId())).findFirst().orElseThrow();
        TherapistView therapist = scenario.therapists().stream().filter(t -> t.id().equals(slot.therapistId()))
                .findFirst().orElseThrow();
        Instant startsAt = slot.starts().toInstant();
        try {
            SessionLength length = policy.lengthOf((int) scenario.length().toMinutes());
            policy.requireBookableStart(startsAt, scenario.now());
            policy.requireTherapistAt(therapist, clinic);
            scenario.needs().ifPresent(needs -> needs.requireTreatableBy(therapist.specialtyLevels()));
            finder.requireWorkable(clinic, therapist.clinicIds().contains(clinic.id()) ? List.of(therapist) : List.of(),
                    therapist.id(), startsAt, length.duration(), scenario.now());
            Instant blockedUntil = startsAt.plus(length.duration()).plus(clinic.bufferAfterSession());
            assertThat(slot.ends().toInstant()).isEqualTo(startsAt.plus(length.duration()));
            assertThat(scenario.booked()).as("the therapist's exclusion constraint")
                    .noneMatch(b -> b.therapistId().equals(therapist.id()) && b.overlaps(startsAt, blockedUntil));
            Set<Integer> roomsInUse = scenario.booked().stream()
                    .filter(b -> b.clinicId().equals(clinic.id()) && b.overlaps(startsAt, blockedUntil))
                    .map(Occupancy::room).collect(Collectors.toSet());
            assertThat(policy.freeRoom(clinic, roomsInUse, UUID.randomUUID())).as("a free treatment room").isPresent();
        }
        catch (RuleViolationException refused) {
            throw new AssertionError("Offered " + slot + " but booking refused it on " + refused.field() + ": "
                    + refused.getMessage(), refused);
        }
    }

    @Provide
    Arbitrary<Scenario> clientsAndClinics() {
        return clinic().list().ofMinSize(1).ofMaxSize(2).flatMap(clinics -> Combinators.combine(
                therapist(clinics).list().ofMinSize(1).ofMaxSize(5),
                needs(),
                Arbitraries.of(30, 60, 90).map(Duration::ofMinutes),
                // from before the first shift to mid-afternoon on Monday, so the notice period cuts into some offers
                Arbitraries.integers().between(0, 14 * 4)
                        .map(quarters -> MONDAY.atTime(6, 0).atZone(LISBON).toInstant().plus(Duration.ofMinutes(15L * quarters))),
                booking().list().ofMaxSize(8),
                Arbitraries.of("NONE", "THE_INTAKE", "A_CONCERN"),
                Arbitraries.of(CATALOGUE.keySet()))
                .as((therapists, needs, length, now, bookings, searched, concern) -> new Scenario(clinics, therapists,
                        booked(clinics, therapists, bookings), needs,
                        switch (searched) {
                            case "NONE" -> Set.of();
                            case "THE_INTAKE" -> needs.map(TreatmentNeeds::specialtiesForConcerns).orElse(Set.of());
                            default -> CATALOGUE.get(concern);
                        }, length, now)));
    }

    private static Arbitrary<ClinicView> clinic() {
        return Combinators.combine(Arbitraries.of(LISBON, NEW_YORK), Arbitraries.integers().between(1, 3),
                Arbitraries.of(0, 10, 15), Arbitraries.of(Set.of(30, 60, 90), Set.of(60), Set.of(30, 60), Set.of(60, 90)))
                .as((zone, rooms, buffer, types) -> new ClinicView(UUID.randomUUID(), "Clinic " + zone, "Lisbon", zone, rooms,
                        Duration.ofMinutes(buffer), Duration.ofHours(24), types));
    }

    /** A therapist at some of the clinics, with some specialties, shifts on Monday or Tuesday and maybe time off. */
    private static Arbitrary<TherapistView> therapist(List<ClinicView> clinics) {
        Arbitrary<List<ClinicView>> where = Arbitraries.of(clinics).set().ofMinSize(1).map(List::copyOf);
        Arbitrary<Map<String, Integer>> levels = Arbitraries.maps(Arbitraries.of(SPECIALTIES),
                Arbitraries.integers().between(1, 3)).ofMaxSize(3);
        Arbitrary<int[]> shift = Arbitraries.integers().between(7, 14).flatMap(start -> Combinators.combine(
                Arbitraries.integers().between(start + 2, 20), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 1)).as((end, day, pick) -> new int[] { start, end, day, pick }));
        Arbitrary<Optional<int[]>> timeOff = Arbitraries.integers().between(7 * 4, 18 * 4)
                .flatMap(quarter -> Arbitraries.integers().between(1, 4).map(hours -> new int[] { quarter, hours }))
                .optional(0.3);
        return Combinators.combine(where, levels, shift.list().ofMinSize(1).ofMaxSize(3), timeOff)
                .as((at, specialties, shifts, absence) -> {
                    List<WeeklyShift> weekly = new ArrayList<>();
                    for (int[] s : shifts) {
                        weekly.add(new WeeklyShift(at.get(s[3] % at.size()).id(), DayOfWeek.MONDAY.plus(s[2]),
                                LocalTime.of(s[0], 0), LocalTime.of(s[1], 0)));
                    }
                    List<Absence> away = absence.map(a -> {
                        Instant from = MONDAY.atStartOfDay(LISBON).toInstant().plus(Duration.ofMinutes(15L * a[0]));
                        return List.of(new Absence(from, from.plus(Duration.ofHours(a[1]))));
                    }).orElse(List.of());
                    return new TherapistView(UUID.randomUUID(), "T", true, at.stream().map(ClinicView::id)
                            .collect(Collectors.toSet()), specialties,
                            List.of(new WeeklySchedule(MONDAY.minusWeeks(1), weekly)), away);
                });
    }

    /** No intake at all, or one with concerns and conditions, now and then a red flag. */
    private static Arbitrary<Optional<TreatmentNeeds>> needs() {
        Arbitrary<List<String>> concerns = Arbitraries.of(CATALOGUE.keySet()).set().ofMinSize(1).ofMaxSize(3)
                .map(List::copyOf);
        Arbitrary<Set<Condition>> ordinary = Arbitraries.of(Condition.PREGNANCY, Condition.HIGH_BLOOD_PRESSURE,
                Condition.RECENT_SURGERY).set();
        Arbitrary<Set<Condition>> redFlags = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Set.<Condition>of())),
                Tuple.of(1, Arbitraries.of(RED_FLAGS).set().ofMinSize(1).ofMaxSize(2)));
        Arbitrary<TreatmentNeeds> intake = Combinators.combine(concerns, ordinary, redFlags, Arbitraries.integers().between(0, 10))
                .as((said, conditions, flags, pain) -> {
                    Set<Condition> all = new HashSet<>(conditions);
                    all.addAll(flags);
                    Intake recorded = new Intake(UUID.randomUUID(), said, pain, all, List.of(), MONDAY.atStartOfDay(LISBON).toInstant());
                    return new TreatmentNeeds(recorded, said.stream().flatMap(concern -> CATALOGUE.get(concern).stream())
                            .collect(Collectors.toSet()));
                });
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Optional.<TreatmentNeeds>empty())),
                Tuple.of(5, intake.map(Optional::of)));
    }

    /** A session someone booked earlier: which therapist, which of their clinics, when (day, quarter) and how long. */
    private static Arbitrary<int[]> booking() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 1), Arbitraries.integers().between(7 * 4, 19 * 4), Arbitraries.of(30, 60, 90))
                .as((therapist, clinic, day, quarter, minutes) -> new int[] { therapist, clinic, day, quarter, minutes });
    }

    /** The sessions as the database would hold them: a booking its exclusion constraints would refuse is left out. */
    private static List<Occupancy> booked(List<ClinicView> clinics, List<TherapistView> therapists, List<int[]> specs) {
        List<Occupancy> booked = new ArrayList<>();
        for (int[] spec : specs) {
            TherapistView therapist = therapists.get(spec[0] % therapists.size());
            List<ClinicView> theirs = clinics.stream().filter(c -> therapist.clinicIds().contains(c.id())).toList();
            ClinicView clinic = theirs.get(spec[1] % theirs.size());
            Instant from = MONDAY.plusDays(spec[2]).atStartOfDay(clinic.timeZone()).toInstant().plus(Duration.ofMinutes(15L * spec[3]));
            Instant until = from.plus(Duration.ofMinutes(spec[4])).plus(clinic.bufferAfterSession());
            boolean therapistFree = booked.stream().noneMatch(b -> b.therapistId().equals(therapist.id()) && b.overlaps(from, until));
            Optional<Integer> room = java.util.stream.IntStream.rangeClosed(1, clinic.treatmentRooms()).boxed()
                    .filter(r -> booked.stream().noneMatch(b -> b.clinicId().equals(clinic.id()) && b.room() == r && b.overlaps(from, until)))
                    .findFirst();
            if (therapistFree && room.isPresent()) {
                booked.add(new Occupancy(therapist.id(), clinic.id(), room.get(), from, until));
            }
        }
        return booked;
    }
}
