package com.clinicnet.web.operations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import com.clinicnet.web.WebProperties;
import com.clinicnet.web.services.Clinic;
import com.clinicnet.web.services.ServiceClient;
import com.clinicnet.web.services.ServiceUnavailableException;
import com.clinicnet.web.services.TherapistService;

/**
 * The business figures of each clinic for its own today and its last days, read from booking-service's daily
 * report. "Today" is each clinic's local date, so the clinics' zones come from therapist-service.
 */
@Component
class ClinicReport {

    private final ServiceClient booking;
    private final TherapistService therapists;
    private final Clock clock;
    private final ZoneId networkZone;
    private final int days;

    ClinicReport(@Qualifier("bookingServiceClient") ServiceClient booking, TherapistService therapists, Clock clock,
            WebProperties properties, OperationsPages pages) {
        this.booking = booking;
        this.therapists = therapists;
        this.clock = clock;
        this.networkZone = properties.defaultTimeZone();
        this.days = pages.reportDays();
    }

    /** One clinic: today's figures, the figures of the last days (today included), and each of those days. */
    record Row(UUID clinicId, String clinicName, String city, LocalDate localToday, ClinicFigures today,
            ClinicFigures lastDays, List<ClinicDayReport> daily) {
    }

    record Report(int days, List<Row> clinics, List<LocalDate> dates) {
    }

    Report now() {
        Map<UUID, ZoneId> zones = clinicZones();
        LocalDate latest = LocalDate.now(clock.withZone(networkZone));
        LocalDate earliest = latest;
        for (ZoneId zone : zones.values()) {
            LocalDate today = LocalDate.now(clock.withZone(zone));
            latest = today.isAfter(latest) ? today : latest;
            earliest = today.isBefore(earliest) ? today : earliest;
        }
        LocalDate from = earliest.minusDays(days - 1L);
        LocalDate to = latest;
        List<ClinicDayReport> rows = booking.call("clinic report", rest -> rest.get()
                .uri("/reports/clinic-days?from={from}&to={to}", from, to).retrieve()
                .body(new ParameterizedTypeReference<List<ClinicDayReport>>() {
                }));
        Map<UUID, List<ClinicDayReport>> byClinic = rows.stream().collect(Collectors.groupingBy(ClinicDayReport::clinicId,
                LinkedHashMap::new, Collectors.toList()));
        List<Row> clinics = byClinic.values().stream().map(clinicDays -> {
            ClinicDayReport any = clinicDays.getFirst();
            LocalDate today = LocalDate.now(clock.withZone(zones.getOrDefault(any.clinicId(), networkZone)));
            LocalDate first = today.minusDays(days - 1L);
            List<ClinicDayReport> window = clinicDays.stream()
                    .filter(day -> !day.day().isBefore(first) && !day.day().isAfter(today))
                    .sorted(Comparator.comparing(ClinicDayReport::day)).toList();
            return new Row(any.clinicId(), any.clinicName(), any.city(), today,
                    ClinicFigures.of(any.clinicId(), any.clinicName(), any.city(),
                            window.stream().filter(day -> day.day().equals(today)).toList()),
                    ClinicFigures.of(any.clinicId(), any.clinicName(), any.city(), window), window);
        }).sorted(Comparator.comparing(Row::clinicName)).toList();
        List<LocalDate> dates = from.datesUntil(to.plusDays(1)).toList();
        return new Report(days, clinics, dates);
    }

    /** Each clinic's zone; when therapist-service does not answer, the network's zone stands in for all. */
    private Map<UUID, ZoneId> clinicZones() {
        try {
            return therapists.clinics().stream()
                    .collect(Collectors.toMap(Clinic::id, clinic -> ZoneId.of(clinic.timeZone()), (a, b) -> a));
        }
        catch (ServiceUnavailableException unavailable) {
            return Map.of();
        }
    }
}
