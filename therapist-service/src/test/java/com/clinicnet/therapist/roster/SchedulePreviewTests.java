package com.clinicnet.therapist.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicnet.workingtime.Absence;
import com.clinicnet.workingtime.WeeklySchedule;
import com.clinicnet.workingtime.WeeklyShift;
import com.clinicnet.workingtime.WorkingInterval;

class SchedulePreviewTests {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final UUID CHIADO = UUID.randomUUID();
    private static final Map<UUID, ZoneId> ZONES = Map.of(CHIADO, LISBON);

    @Test
    void the_proposed_schedule_applies_from_its_date_and_the_saved_one_still_applies_before_it() {
        WeeklySchedule saved = schedule("2026-11-02", shift(DayOfWeek.MONDAY, "09:00", "13:00"));
        WeeklySchedule proposed = schedule("2026-11-16", shift(DayOfWeek.MONDAY, "14:00", "18:00"));

        List<WorkingInterval> calendar = SchedulePreview.calendar(List.of(saved), proposed, ZONES, List.of(),
                LocalDate.parse("2026-11-09"), LocalDate.parse("2026-11-16"));

        assertThat(calendar).extracting(interval -> interval.starts().toLocalDateTime().toString())
                .containsExactly("2026-11-09T09:00", "2026-11-16T14:00");
    }

    @Test
    void a_proposal_from_the_same_date_takes_the_place_of_the_saved_schedule() {
        WeeklySchedule saved = schedule("2026-11-02", shift(DayOfWeek.MONDAY, "09:00", "13:00"));
        WeeklySchedule proposed = schedule("2026-11-02", shift(DayOfWeek.TUESDAY, "09:00", "13:00"));

        assertThat(SchedulePreview.withProposal(List.of(saved), proposed)).containsExactly(proposed);
    }

    @Test
    void time_off_is_taken_out_of_the_previewed_calendar() {
        WeeklySchedule proposed = schedule("2026-11-02", shift(DayOfWeek.MONDAY, "09:00", "13:00"));
        Absence wholeMonday = new Absence(Instant.parse("2026-11-09T00:00:00Z"), Instant.parse("2026-11-10T00:00:00Z"));

        List<WorkingInterval> calendar = SchedulePreview.calendar(List.of(), proposed, ZONES, List.of(wholeMonday),
                LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-16"));

        assertThat(calendar).extracting(interval -> interval.starts().toLocalDate().toString())
                .containsExactly("2026-11-02", "2026-11-16");
    }

    @Test
    void a_nine_to_five_shift_keeps_its_local_hours_across_the_spring_clock_change_in_lisbon() {
        WeeklySchedule proposed = schedule("2026-03-20",
                shift(DayOfWeek.SATURDAY, "09:00", "17:00"), shift(DayOfWeek.SUNDAY, "09:00", "17:00"));

        List<WorkingInterval> calendar = SchedulePreview.calendar(List.of(), proposed, ZONES, List.of(),
                LocalDate.parse("2026-03-28"), LocalDate.parse("2026-03-29"));

        assertThat(calendar).extracting(interval -> interval.starts().toOffsetDateTime().toString())
                .containsExactly("2026-03-28T09:00Z", "2026-03-29T09:00+01:00");
        assertThat(calendar).extracting(interval -> interval.length().toHours()).containsExactly(8L, 8L);
    }

    @Test
    void a_night_shift_across_the_autumn_clock_change_in_lisbon_lasts_an_hour_longer() {
        WeeklySchedule proposed = schedule("2026-10-19", shift(DayOfWeek.SUNDAY, "00:30", "03:30"));

        List<WorkingInterval> calendar = SchedulePreview.calendar(List.of(), proposed, ZONES, List.of(),
                LocalDate.parse("2026-10-25"), LocalDate.parse("2026-10-25"));

        WorkingInterval night = calendar.getFirst();
        assertThat(night.starts()).isEqualTo(ZonedDateTime.of(LocalDate.parse("2026-10-25"), LocalTime.parse("00:30"), LISBON));
        assertThat(night.starts().getOffset().toString()).isEqualTo("+01:00");
        assertThat(night.ends().getOffset().toString()).isEqualTo("Z");
        assertThat(night.length().toMinutes()).isEqualTo(240);
    }

    private static WeeklySchedule schedule(String from, WeeklyShift... shifts) {
        return new WeeklySchedule(LocalDate.parse(from), List.of(shifts));
    }

    private static WeeklyShift shift(DayOfWeek weekday, String starts, String ends) {
        return new WeeklyShift(CHIADO, weekday, LocalTime.parse(starts), LocalTime.parse(ends));
    }
}
