package com.clinicnet.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.clinicnet.web.admin.NetworkRecords.CalendarEntry;

class WeekByWeekTests {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void four_weeks_from_a_date_are_four_rows_of_seven_days() {
        List<WeekByWeek.Week> weeks = WeekByWeek.of(List.of(), LocalDate.parse("2026-12-14"), 4, List.of(LISBON), Map.of());

        assertThat(weeks).hasSize(4).allSatisfy(week -> assertThat(week.days()).hasSize(7));
        assertThat(weeks.getLast().days().getLast().date()).isEqualTo(LocalDate.parse("2027-01-10"));
    }

    @Test
    void a_night_shift_in_lisbon_is_on_its_local_date_with_its_local_hours_on_the_day_the_clocks_go_back() {
        CalendarEntry night = new CalendarEntry(AdminStandIns.LISBON_CLINIC, OffsetDateTime.parse("2026-10-24T23:30:00Z"),
                OffsetDateTime.parse("2026-10-25T03:30:00Z"), "Europe/Lisbon", 240);

        WeekByWeek.Day sunday = WeekByWeek.of(List.of(night), LocalDate.parse("2026-10-19"), 1, List.of(LISBON),
                Map.of(AdminStandIns.LISBON_CLINIC, "Chiado")).getFirst().days().get(6);

        assertThat(sunday.date()).isEqualTo(LocalDate.parse("2026-10-25"));
        assertThat(sunday.shifts()).singleElement().satisfies(shift -> {
            assertThat(shift.starts()).hasToString("00:30");
            assertThat(shift.ends()).hasToString("03:30");
            assertThat(shift.startsWithOffset()).isEqualTo("2026-10-25T00:30+01:00");
            assertThat(shift.clinicName()).isEqualTo("Chiado");
        });
        assertThat(sunday.clockChanges()).containsExactly(new WeekByWeek.Change(LISBON, WeekByWeek.ClockChange.BACK));
    }

    @Test
    void the_day_the_clocks_go_forward_is_marked_for_each_zone_that_changes_and_only_that_day() {
        List<WeekByWeek.Day> days = WeekByWeek.of(List.of(), LocalDate.parse("2026-03-23"), 1, List.of(LISBON, NEW_YORK),
                Map.of()).getFirst().days();

        assertThat(days.get(6).clockChanges()).containsExactly(new WeekByWeek.Change(LISBON, WeekByWeek.ClockChange.FORWARD));
        assertThat(days.subList(0, 6)).allSatisfy(day -> assertThat(day.clockChanges()).isEmpty());
    }

    @Test
    void a_shift_the_service_names_by_its_row_is_shown_by_that_row() {
        assertThat(ScheduleForm.fieldOf("shifts[2].ends")).isEqualTo("shift-2");
        assertThat(ScheduleForm.fieldOf("shifts")).isEqualTo("shifts");
        assertThat(ScheduleForm.fieldOf("effectiveFrom")).isEqualTo("effectiveFrom");
    }
}
