package com.clinicnet.web.frontdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicnet.web.services.ClinicHours;
import com.clinicnet.web.services.StaffSession;

/** The front desk's grid laid out from a clinic's hours and sessions, without Spring. */
class ClinicDayTests {

    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final ClinicHours CHIADO = new ClinicHours(UUID.randomUUID(), "ClinicNet Chiado", "Lisbon",
            "Europe/Lisbon", 2, Arrays.stream(DayOfWeek.values())
                    .map(day -> new ClinicHours.Opening(day, LocalTime.of(9, 0), LocalTime.of(13, 0))).toList());

    @Test
    void a_day_has_a_row_per_half_hour_from_opening_to_closing_and_a_column_per_room() {
        ClinicDay day = ClinicDay.of(CHIADO, LocalDate.of(2026, 12, 8), List.of(), HALF_HOUR);

        assertThat(day.rows()).extracting(ClinicDay.Row::time).first().isEqualTo(LocalTime.of(9, 0));
        assertThat(day.rows()).extracting(ClinicDay.Row::time).last().isEqualTo(LocalTime.of(12, 30));
        assertThat(day.rows()).hasSize(8).allSatisfy(row -> assertThat(row.cells()).hasSize(2)
                .allMatch(ClinicDay.Cell::isFree));
    }

    @Test
    void an_hour_long_session_takes_two_rows_of_its_room_and_leaves_the_other_room_free() {
        StaffSession maria = session("2026-12-08T10:00:00Z", 60, 2, "BOOKED");

        ClinicDay day = ClinicDay.of(CHIADO, LocalDate.of(2026, 12, 8), List.of(maria), HALF_HOUR);

        ClinicDay.Row ten = day.rows().get(2);
        assertThat(ten.time()).isEqualTo(LocalTime.of(10, 0));
        assertThat(ten.cells()).extracting(ClinicDay.Cell::room).containsExactly(1, 2);
        assertThat(ten.cells().get(1).session()).isEqualTo(maria);
        assertThat(ten.cells().get(1).span()).isEqualTo(2);
        // the half hour after: room 2 is covered by Maria's session, only room 1 is a cell of its own
        assertThat(day.rows().get(3).cells()).extracting(ClinicDay.Cell::room).containsExactly(1);
    }

    @Test
    void on_the_day_summer_time_begins_a_ten_oclock_session_is_in_the_ten_oclock_row() {
        // 2026-03-29: Lisbon moves from UTC+0 to UTC+1 at 01:00; 10:00 in Lisbon is 09:00 UTC
        StaffSession maria = session("2026-03-29T10:00:00+01:00", 60, 1, "BOOKED");

        ClinicDay day = ClinicDay.of(CHIADO, LocalDate.of(2026, 3, 29), List.of(maria), HALF_HOUR);

        assertThat(day.rows().get(2).time()).isEqualTo(LocalTime.of(10, 0));
        assertThat(day.rows().get(2).cells().getFirst().session()).isEqualTo(maria);
        assertThat(day.rows()).hasSize(8);
    }

    @Test
    void on_the_day_summer_time_ends_a_ten_oclock_session_is_in_the_ten_oclock_row() {
        // 2026-10-25: Lisbon moves back to UTC+0 at 02:00; 10:00 in Lisbon is 10:00 UTC
        StaffSession maria = session("2026-10-25T10:00:00Z", 60, 1, "BOOKED");

        ClinicDay day = ClinicDay.of(CHIADO, LocalDate.of(2026, 10, 25), List.of(maria), HALF_HOUR);

        assertThat(day.rows().get(2).cells().getFirst().session()).isEqualTo(maria);
    }

    @Test
    void a_cancelled_session_holds_no_room_and_is_listed_apart() {
        StaffSession cancelled = session("2026-12-08T10:00:00Z", 60, 1, "CANCELLED");

        ClinicDay day = ClinicDay.of(CHIADO, LocalDate.of(2026, 12, 8), List.of(cancelled), HALF_HOUR);

        assertThat(day.cancelled()).containsExactly(cancelled);
        assertThat(day.rows()).allSatisfy(row -> assertThat(row.cells()).allMatch(ClinicDay.Cell::isFree));
    }

    @Test
    void a_session_after_closing_time_gets_rows_of_its_own_rather_than_being_hidden() {
        StaffSession late = session("2026-12-08T14:00:00Z", 60, 1, "BOOKED");

        ClinicDay day = ClinicDay.of(CHIADO, LocalDate.of(2026, 12, 8), List.of(late), HALF_HOUR);

        assertThat(day.rows()).extracting(ClinicDay.Row::time).last().isEqualTo(LocalTime.of(14, 30));
        assertThat(day.held()).containsExactly(late);
    }

    @Test
    void a_session_in_a_room_the_clinic_does_not_have_is_listed_apart() {
        StaffSession roomThree = session("2026-12-08T10:00:00Z", 60, 3, "BOOKED");

        ClinicDay day = ClinicDay.of(CHIADO, LocalDate.of(2026, 12, 8), List.of(roomThree), HALF_HOUR);

        assertThat(day.elsewhere()).containsExactly(roomThree);
    }

    @Test
    void a_closed_day_with_nothing_booked_has_no_rows() {
        ClinicHours weekdaysOnly = new ClinicHours(CHIADO.id(), CHIADO.name(), CHIADO.city(), CHIADO.timeZone(), 2,
                List.of(new ClinicHours.Opening(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0))));

        ClinicDay sunday = ClinicDay.of(weekdaysOnly, LocalDate.of(2026, 12, 6), List.of(), HALF_HOUR);

        assertThat(sunday.closed()).isTrue();
    }

    private static StaffSession session(String startsAt, int minutes, int room, String status) {
        OffsetDateTime starts = OffsetDateTime.parse(startsAt);
        return new StaffSession(UUID.randomUUID(), CHIADO.id(), UUID.randomUUID(), "Ana Ribeiro", UUID.randomUUID(),
                "Maria Costa", room, starts, starts.plusMinutes(minutes), "Europe/Lisbon", minutes, status, null,
                false, null, 1, null, null);
    }
}
