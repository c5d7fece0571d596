package com.clinicnet.booking.availability;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.clinicnet.events.TherapistProfileUpdatedV2;

/** The availability stories' week: therapists who work Monday mornings in Lisbon, and a search from that Monday. */
final class MondayMornings {

    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    private MondayMornings() {
    }

    /** Next week's Monday: far enough ahead that the notice period never cuts into its mornings. */
    static LocalDate nextMonday() {
        return LocalDate.now(LISBON).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** A therapist at one clinic, 9:00 to 13:00 on Mondays from yesterday on, at level 3 in each specialty. */
    static TherapistProfileUpdatedV2 therapist(UUID therapist, UUID clinic, String... specialties) {
        return new TherapistProfileUpdatedV2(UUID.randomUUID(), Instant.now(), therapist, "T " + therapist, true,
                List.of("pt"), List.of(clinic),
                Arrays.stream(specialties).map(code -> new TherapistProfileUpdatedV2.Specialty(code, 3)).toList(),
                List.of(new TherapistProfileUpdatedV2.WeeklySchedule(LocalDate.now(LISBON).minusDays(1),
                        List.of(new TherapistProfileUpdatedV2.Shift(clinic, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0))))),
                List.of(), 1);
    }

    /** GET /availability for hour-long sessions from the Monday's midnight, over some days, every slot. */
    static String search(LocalDate monday, String parameters, int days) {
        ZonedDateTime from = monday.atStartOfDay(LISBON);
        return "/availability?" + parameters + "&from=" + from.toOffsetDateTime() + "&to="
                + from.plusDays(days).toOffsetDateTime() + "&duration=60&limit=1000";
    }
}
