package com.clinicnet.booking.availability;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.DirectoryReadModel;
import com.clinicnet.booking.directory.TherapistView;
/**
 * Serves each clinic's {@link ShiftUtilisation} today from booking's own read model. In Prometheus:
 * {@code clinicnet_shift_utilisation_ratio{clinic}}. Refreshed on a schedule rather than computed at each scrape,
 * so a scrape never waits on the database; a clinic gone from the directory leaves the gauge at the next refresh.
 */
@Component
class ShiftUtilisationGauge {

    private final DirectoryReadModel directory;
    private final SessionOccupancy occupancy;
    private final Clock clock;
    private final MultiGauge utilisation;

    ShiftUtilisationGauge(DirectoryReadModel directory, SessionOccupancy occupancy, Clock clock, MeterRegistry meters) {
        this.directory = directory;
        this.occupancy = occupancy;
        this.clock = clock;
        this.utilisation = MultiGauge.builder("clinicnet.shift.utilisation.ratio")
                .description("Share of the clinic's shift time today (its own time zone) that is booked")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${clinicnet.metrics.utilisation-every}")
    void refresh() {
        Instant now = clock.instant();
        List<ClinicView> clinics = directory.clinics(null, null);
        List<UUID> clinicIds = clinics.stream().map(ClinicView::id).toList();
        ShiftUtilisation.Window today = ShiftUtilisation.todayAcross(now, clinics);
        List<TherapistView> therapists = directory.therapists(clinicIds, Set.of(), null);
        List<HeldSession> sessions = occupancy.heldSessions(clinicIds, today.from(), today.to());
        utilisation.register(ShiftUtilisation.today(now, clinics, therapists, sessions).entrySet().stream()
                .map(clinic -> MultiGauge.Row.of(Tags.of("clinic", clinic.getKey().toString()), clinic.getValue()))
                .toList(), true);
    }
}
