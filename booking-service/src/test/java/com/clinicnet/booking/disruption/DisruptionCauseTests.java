package com.clinicnet.booking.disruption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.workingtime.Absence;

class DisruptionCauseTests {

    static final Instant TEN = Instant.parse("2026-12-10T10:00:00Z");
    static final Instant ELEVEN = Instant.parse("2026-12-10T11:00:00Z");
    static final ClinicView BAIXA = new ClinicView(UUID.randomUUID(), "Baixa", "Lisbon", ZoneId.of("Europe/Lisbon"), 2,
            Duration.ZERO, Duration.ofHours(24), Set.of(60), Set.of(LocalDate.of(2026, 12, 25)));

    @Test
    void a_therapist_gone_from_the_directory_was_removed() {
        assertThat(DisruptionCause.of(Optional.of(BAIXA), Optional.empty(), TEN, ELEVEN)).isEqualTo(DisruptionCause.THERAPIST_REMOVED);
    }

    @Test
    void an_inactive_therapist_is_the_cause_even_when_also_away() {
        TherapistView ana = ana(false, List.of(new Absence(TEN, ELEVEN)));

        assertThat(DisruptionCause.of(Optional.of(BAIXA), Optional.of(ana), TEN, ELEVEN)).isEqualTo(DisruptionCause.THERAPIST_INACTIVE);
    }

    @Test
    void time_off_that_overlaps_the_session_is_the_cause() {
        TherapistView ana = ana(true, List.of(new Absence(ELEVEN.minusSeconds(60), ELEVEN.plusSeconds(3600))));

        assertThat(DisruptionCause.of(Optional.of(BAIXA), Optional.of(ana), TEN, ELEVEN)).isEqualTo(DisruptionCause.TIME_OFF);
    }

    @Test
    void time_off_that_only_touches_the_session_is_not_the_cause_the_schedule_is() {
        TherapistView ana = ana(true, List.of(new Absence(ELEVEN, ELEVEN.plusSeconds(3600))));

        assertThat(DisruptionCause.of(Optional.of(BAIXA), Optional.of(ana), TEN, ELEVEN)).isEqualTo(DisruptionCause.SCHEDULE_CHANGED);
    }

    @Test
    void a_clinic_closed_that_day_is_the_cause_before_anything_about_the_therapist() {
        Instant christmas = Instant.parse("2026-12-25T10:00:00Z");

        assertThat(DisruptionCause.of(Optional.of(BAIXA), Optional.empty(), christmas, christmas.plusSeconds(3600)))
                .isEqualTo(DisruptionCause.CLINIC_CLOSED);
    }

    private static TherapistView ana(boolean active, List<Absence> timeOff) {
        return new TherapistView(UUID.randomUUID(), "Ana", active, Set.of(UUID.randomUUID()), Map.of("SCIATICA", 3),
                List.of(), timeOff);
    }
}
