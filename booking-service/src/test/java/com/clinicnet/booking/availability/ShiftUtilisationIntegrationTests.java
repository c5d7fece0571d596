package com.clinicnet.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicnet.booking.DirectoryArrival;
import com.clinicnet.booking.SessionRows;
import com.clinicnet.testsupport.DirectoryEvents;
import com.clinicnet.testsupport.PrometheusText;
import com.clinicnet.testsupport.PublishedEvents;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;

/**
 * A clinic in Tokyo (no clock changes, and a date often not UTC's) with a therapist who works 00:00-23:45 every
 * day: today's utilisation is the booked share of those 1425 minutes. The refresh is called by the test; in the
 * test profile the schedule is an hour apart.
 */
@ServiceIntegrationTest
class ShiftUtilisationIntegrationTests {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final double SHIFT_MINUTES = 23 * 60 + 45;

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ShiftUtilisationGauge gauge;

    @Test
    void todays_utilisation_of_a_clinic_counts_booked_completed_and_missed_sessions_but_not_cancelled_ones() {
        UUID clinic = UUID.randomUUID();
        UUID therapist = UUID.randomUUID();
        PublishedEvents.publish(brokers, DirectoryEvents.clinic(clinic, "Tokyo", TOKYO.getId(), 2, 0, 1), "/clinicnet/therapist-service");
        PublishedEvents.publish(brokers, DirectoryEvents.allDayTherapist(therapist, clinic, "SCIATICA", 3, 1), "/clinicnet/therapist-service");
        DirectoryArrival.awaitShiftsOf(jdbc, therapist);
        UUID client = UUID.randomUUID();
        assertThat(ServiceClient.onPort(port).as(TestIdentityProvider.shared().client(client)).post("/clients", Map.of(
                "name", "Yui", "email", "yui@example.org", "timeZone", TOKYO.getId(), "language", "en",
                "preferredChannel", "EMAIL")).status()).isEqualTo(201);
        LocalDate today = LocalDate.now(clock.withZone(TOKYO));
        held(client, clinic, therapist, today.atTime(9, 0), 60, "BOOKED");
        held(client, clinic, therapist, today.atTime(10, 0), 90, "COMPLETED");
        held(client, clinic, therapist, today.atTime(12, 0), 60, "NO_SHOW");
        held(client, clinic, therapist, today.atTime(14, 0), 60, "CANCELLED");
        held(client, clinic, therapist, today.minusDays(1).atTime(9, 0), 60, "COMPLETED");

        gauge.refresh();

        String series = "clinicnet_shift_utilisation_ratio{application=\"booking-service\",clinic=\"" + clinic + "\"}";
        String metrics = ServiceClient.onPort(port).as(TestIdentityProvider.shared().ops()).getText("/actuator/prometheus");
        assertThat(metrics).contains(series + " ");
        assertThat(PrometheusText.valueOf(metrics, series)).isCloseTo((60 + 90 + 60) / SHIFT_MINUTES, within(1e-9));
    }

    /** A session of the clinic's clock, written straight into the table: some are in the past, or done. */
    private void held(UUID client, UUID clinic, UUID therapist, LocalDateTime start, int minutes, String status) {
        ZonedDateTime at = start.atZone(TOKYO);
        UUID session = SessionRows.insertBooked(jdbc, client, therapist, clinic, at.toInstant(),
                Duration.ofMinutes(minutes), Duration.ZERO, null);
        jdbc.sql("UPDATE session SET status = :status WHERE id = :id").param("status", status).param("id", session).update();
    }
}
