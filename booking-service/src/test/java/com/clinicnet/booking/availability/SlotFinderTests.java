package com.clinicnet.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.intake.Condition;
import com.clinicnet.booking.intake.Intake;
import com.clinicnet.booking.intake.TreatmentNeeds;
import com.clinicnet.workingtime.Absence;
import com.clinicnet.workingtime.WeeklySchedule;
import com.clinicnet.workingtime.WeeklyShift;

class SlotFinderTests {

    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Duration HOUR = Duration.ofHours(1);
    static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    final SlotFinder finder = new SlotFinder(Duration.ofMinutes(15), Duration.ofHours(1));
    final ClinicView baixa = clinic("Baixa", LISBON, 2);

    @Test
    void a_morning_shift_offers_hourly_sessions_on_the_quarter_hour_grid_until_the_shift_ends() {
        TherapistView ana = therapist("Ana", Map.of("SCIATICA", 3), shift(baixa, DayOfWeek.MONDAY, "09:00", "11:00"));

        List<Slot> slots = finder.find(search(monday(), Set.of("SCIATICA")), List.of(baixa), List.of(ana), List.of(), LONG_AGO);

        assertThat(slots).extracting(slot -> slot.starts().toLocalTime().toString())
                .containsExactly("09:00", "09:15", "09:30", "09:45", "10:00");
    }

    @Test
    void a_therapist_without_the_needed_specialty_is_not_offered() {
        TherapistView rui = therapist("Rui", Map.of("NECK_SHOULDER", 3), shift(baixa, DayOfWeek.MONDAY, "09:00", "17:00"));

        assertThat(finder.find(search(monday(), Set.of("SCIATICA")), List.of(baixa), List.of(rui), List.of(), LONG_AGO))
                .isEmpty();
    }

    @Test
    void the_buffer_after_a_booked_session_keeps_the_next_slot_away() {
        TherapistView ana = therapist("Ana", Map.of("SCIATICA", 3), shift(baixa, DayOfWeek.MONDAY, "09:00", "12:00"));
        Instant nine = monday().atTime(9, 0).atZone(LISBON).toInstant();
        Occupancy booked = new Occupancy(ana.id(), baixa.id(), 1, nine, nine.plus(HOUR).plus(Duration.ofMinutes(10)));

        List<Slot> slots = finder.find(search(monday(), Set.of()), List.of(baixa), List.of(ana), List.of(booked), LONG_AGO);

        assertThat(slots).extracting(slot -> slot.starts().toLocalTime().toString()).containsExactly("10:15", "10:30", "10:45", "11:00");
    }

    @Test
    void time_off_removes_the_slots_it_covers() {
        LocalDate monday = monday();
        TherapistView ana = new TherapistView(UUID.randomUUID(), "Ana", true, Set.of(baixa.id()), Map.of("SCIATICA", 3),
                List.of(schedule(shift(baixa, DayOfWeek.MONDAY, "09:00", "12:00"))),
                List.of(new Absence(monday.atTime(9, 0).atZone(LISBON).toInstant(), monday.atTime(11, 0).atZone(LISBON).toInstant())));

        assertThat(finder.find(search(monday, Set.of()), List.of(baixa), List.of(ana), List.of(), LONG_AGO))
                .extracting(slot -> slot.starts().toLocalTime().toString()).containsExactly("11:00");
    }

    @Test
    void when_every_room_is_taken_no_slot_is_offered_even_if_the_therapist_is_free() {
        TherapistView ana = therapist("Ana", Map.of("SCIATICA", 3), shift(baixa, DayOfWeek.MONDAY, "09:00", "10:00"));
        Instant nine = monday().atTime(9, 0).atZone(LISBON).toInstant();
        List<Occupancy> bothRooms = List.of(
                new Occupancy(UUID.randomUUID(), baixa.id(), 1, nine, nine.plus(HOUR)),
                new Occupancy(UUID.randomUUID(), baixa.id(), 2, nine, nine.plus(HOUR)));

        assertThat(finder.find(search(monday(), Set.of()), List.of(baixa), List.of(ana), bothRooms, LONG_AGO)).isEmpty();
    }

    @Test
    void a_booked_session_inside_the_shift_is_still_worked_even_within_the_lead_time() {
        TherapistView ana = therapist("Ana", Map.of("SCIATICA", 3), shift(baixa, DayOfWeek.MONDAY, "09:00", "12:00"));

        assertThat(finder.works(baixa, ana, at(monday(), "11:00", LISBON).toInstant(), HOUR)).isTrue();
    }

    @Test
    void a_booked_session_past_the_end_of_the_new_shift_is_no_longer_worked() {
        TherapistView ana = therapist("Ana", Map.of("SCIATICA", 3), shift(baixa, DayOfWeek.MONDAY, "09:00", "11:30"));

        assertThat(finder.works(baixa, ana, at(monday(), "11:00", LISBON).toInstant(), HOUR)).isFalse();
    }

    @Test
    void a_booked_session_under_time_off_is_no_longer_worked() {
        LocalDate monday = monday();
        TherapistView ana = new TherapistView(UUID.randomUUID(), "Ana", true, Set.of(baixa.id()), Map.of("SCIATICA", 3),
                List.of(schedule(shift(baixa, DayOfWeek.MONDAY, "09:00", "12:00"))),
                List.of(new Absence(at(monday, "10:30", LISBON).toInstant(), at(monday, "10:45", LISBON).toInstant())));

        assertThat(finder.works(baixa, ana, at(monday, "10:00", LISBON).toInstant(), HOUR)).isFalse();
        assertThat(finder.works(baixa, ana, at(monday, "10:45", LISBON).toInstant(), HOUR)).isTrue();
    }

    @Test
    void a_therapist_who_no_longer_takes_bookings_works_no_session() {
        TherapistView ana = therapist("Ana", Map.of("SCIATICA", 3), shift(baixa, DayOfWeek.MONDAY, "09:00", "12:00"));
        TherapistView inactive = new TherapistView(ana.id(), ana.name(), false, ana.clinicIds(), ana.specialtyLevels(),
                ana.schedules(), ana.timeOff());

        assertThat(finder.works(baixa, inactive, at(monday(), "10:00", LISBON).toInstant(), HOUR)).isFalse();
    }

    @Test
    void on_the_fall_back_day_in_lisbon_a_session_in_the_repeated_hour_is_still_inside_the_night_shift() {
        LocalDate fallBack = LocalDate.of(2026, 10, 25);
        TherapistView ana = therapist("Ana", Map.of("SCIATICA", 3), shift(baixa, DayOfWeek.SUNDAY, "00:00", "04:00"));
        Instant secondHalfPastOne = Instant.parse("2026-10-25T01:30:00Z");

        assertThat(secondHalfPastOne.atZone(LISBON).toLocalTime()).isEqualTo(LocalTime.of(1, 30));
        assertThat(finder.works(baixa, ana, secondHalfPastOne, HOUR)).isTrue();
        assertThat(finder.works(baixa, ana, at(fallBack, "03:30", LISBON).toInstant(), HOUR)).isFalse();
    }

    @Test
    void on_a_day_the_clinic_is_closed_nothing_is_offered_and_no_booked_session_is_worked() {
        LocalDate monday = monday();
        ClinicView closed = new ClinicView(baixa.id(), baixa.name(), baixa.city(), LISBON, 2, Duration.ZERO,
                Duration.ofHours(24), Set.of(30, 60, 90), Set.of(monday));
        TherapistView ana = therapist("Ana", Map.of("SCIATICA", 3), shift(closed, DayOfWeek.MONDAY, "09:00", "12:00"));

        assertThat(finder.find(search(monday, Set.of()), List.of(closed), List.of(ana), List.of(), LONG_AGO)).isEmpty();
        assertThat(finder.works(closed, ana, at(monday, "10:00", LISBON).toInstant(), HOUR)).isFalse();
        assertThat(finder.works(closed, ana, at(monday.plusWeeks(1), "10:00", LISBON).toInstant(), HOUR)).isTrue();
    }

    @Test
    void on_the_spring_forward_day_in_new_york_slots_are_shown_in_daylight_time() {
        ClinicView midtown = clinic("Midtown", NEW_YORK, 2);
        LocalDate springForward = LocalDate.of(2027, 3, 14);
        TherapistView emily = therapist("Emily", Map.of("LOWER_BACK", 2), shift(midtown, DayOfWeek.SUNDAY, "09:00", "11:00"));

        List<Slot> slots = finder.find(search(springForward, Set.of()), List.of(midtown), List.of(emily), List.of(), LONG_AGO);

        assertThat(slots).hasSize(5);
        assertThat(slots.getFirst().starts().getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
    }

    @Test
    void a_therapist_at_two_clinics_is_offered_at_each_in_its_own_zone() {
        ClinicView midtown = clinic("Midtown", NEW_YORK, 2);
        TherapistView both = new TherapistView(UUID.randomUUID(), "Both", true, Set.of(baixa.id(), midtown.id()),
                Map.of("SCIATICA", 2), List.of(schedule(shift(baixa, DayOfWeek.MONDAY, "09:00", "10:00"),
                        shift(midtown, DayOfWeek.MONDAY, "09:00", "10:00"))), List.of());

        List<Slot> slots = finder.find(search(monday(), Set.of()), List.of(baixa, midtown), List.of(both), List.of(), LONG_AGO);

        assertThat(slots).extracting(slot -> slot.starts().getZone()).containsExactly(LISBON, NEW_YORK);
        assertThat(slots).extracting(slot -> slot.starts().toLocalTime()).containsOnly(LocalTime.of(9, 0));
    }

    @Test
    void the_plan_therapist_comes_first_then_the_higher_level_then_the_soonest() {
        TherapistView expert = therapist("Expert", Map.of("SCIATICA", 3), shift(baixa, DayOfWeek.MONDAY, "09:00", "10:00"));
        TherapistView trained = therapist("Trained", Map.of("SCIATICA", 1), shift(baixa, DayOfWeek.MONDAY, "09:00", "10:00"));
        TherapistView planned = therapist("Planned", Map.of("SCIATICA", 1), shift(baixa, DayOfWeek.MONDAY, "12:00", "13:00"));
        SlotSearch search = new SlotSearch(HOUR, monday().atStartOfDay(LISBON).toInstant(),
                monday().plusDays(1).atStartOfDay(LISBON).toInstant(), Set.of("SCIATICA"), Optional.empty(), Optional.of(planned.id()));

        List<Slot> slots = finder.find(search, List.of(baixa), List.of(trained, expert, planned), List.of(), LONG_AGO);

        assertThat(slots).extracting(Slot::therapistName).containsExactly("Planned", "Expert", "Trained");
    }

    @Test
    void nothing_is_offered_inside_the_minimum_lead_time() {
        TherapistView ana = therapist("Ana", Map.of("SCIATICA", 3), shift(baixa, DayOfWeek.MONDAY, "09:00", "12:00"));
        Instant now = monday().atTime(9, 20).atZone(LISBON).toInstant();

        assertThat(finder.find(search(monday(), Set.of()), List.of(baixa), List.of(ana), List.of(), now))
                .extracting(slot -> slot.starts().toLocalTime().toString()).containsExactly("10:30", "10:45", "11:00");
    }

    @Test
    void a_pregnant_client_is_offered_only_the_sciatica_specialist_trained_in_prenatal_massage() {
        TherapistView sciatica = therapist("Sciatica", Map.of("SCIATICA", 3), shift(baixa, DayOfWeek.MONDAY, "09:00", "10:00"));
        TherapistView prenatal = therapist("Prenatal", Map.of("SCIATICA", 1, "PRENATAL", 2), shift(baixa, DayOfWeek.MONDAY, "09:00", "10:00"));
        TherapistView onlyPrenatal = therapist("Only prenatal", Map.of("PRENATAL", 3), shift(baixa, DayOfWeek.MONDAY, "09:00", "10:00"));
        TreatmentNeeds pregnant = new TreatmentNeeds(new Intake(UUID.randomUUID(), List.of("RADIATING_LEG_PAIN"), 4,
                Set.of(Condition.PREGNANCY), List.of(), LONG_AGO), Set.of("SCIATICA"));
        SlotSearch search = search(monday(), Set.of());
        SlotSearch forHer = new SlotSearch(search.length(), search.from(), search.to(), Set.of(), Optional.empty(),
                Optional.empty(), Optional.of(pregnant));

        assertThat(finder.find(forHer, List.of(baixa), List.of(sciatica, prenatal, onlyPrenatal), List.of(), LONG_AGO))
                .extracting(Slot::therapistName).containsOnly("Prenatal");
    }

    static LocalDate monday() {
        return LocalDate.of(2027, 1, 4);
    }

    static SlotSearch search(LocalDate day, Set<String> specialties) {
        ZoneId widest = ZoneId.of("Pacific/Kiritimati");
        return new SlotSearch(HOUR, day.atStartOfDay(widest).toInstant(), day.plusDays(2).atStartOfDay(ZoneId.of("Pacific/Pago_Pago")).toInstant(),
                specialties, Optional.empty(), Optional.empty());
    }

    static ClinicView clinic(String name, ZoneId zone, int rooms) {
        return new ClinicView(UUID.randomUUID(), name, "Lisbon", zone, rooms, Duration.ofMinutes(10), Duration.ofHours(24), Set.of(30, 60, 90));
    }

    static TherapistView therapist(String name, Map<String, Integer> specialties, WeeklyShift shift) {
        return new TherapistView(UUID.randomUUID(), name, true, Set.of(shift.clinicId()), specialties,
                List.of(schedule(shift)), List.of());
    }

    static WeeklySchedule schedule(WeeklyShift... shifts) {
        return new WeeklySchedule(LocalDate.of(2026, 1, 1), List.of(shifts));
    }

    static WeeklyShift shift(ClinicView clinic, DayOfWeek day, String starts, String ends) {
        return new WeeklyShift(clinic.id(), day, LocalTime.parse(starts), LocalTime.parse(ends));
    }

    static ZonedDateTime at(LocalDate day, String time, ZoneId zone) {
        return day.atTime(LocalTime.parse(time)).atZone(zone);
    }
}
