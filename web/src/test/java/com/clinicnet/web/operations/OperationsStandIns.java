package com.clinicnet.web.operations;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.clinicnet.web.StandInServices;
import com.github.tomakehurst.wiremock.client.WireMock;

/** booking-service's daily report and the services' metrics, as operations' pages read them. */
public final class OperationsStandIns {

    public static final UUID LISBON_CLINIC = StandInServices.LISBON_CLINIC;
    public static final UUID PORTO_CLINIC = UUID.fromString("77777777-7777-7777-7777-777777777777");

    private OperationsStandIns() {
    }

    public static LocalDate todayInLisbon() {
        return LocalDate.now(ZoneId.of("Europe/Lisbon"));
    }

    /**
     * Chiado: today 2 no-shows (240 of 480 shift minutes booked), yesterday 1, 29 days ago 3, and 30 days ago (outside
     * the window) 100; Boavista: one quiet day today.
     */
    public static void aMonthOfClinicDays() {
        LocalDate today = todayInLisbon();
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/clinics"))
                .willReturn(okJson("[" + StandInServices.lisbonClinic() + "]")));
        StandInServices.SERVICES.stubFor(WireMock.get(urlPathEqualTo("/reports/clinic-days")).willReturn(okJson("["
                + String.join(",",
                        day(LISBON_CLINIC, "ClinicNet Chiado", today, 5, 1, 0, 2, 240, 480, 1, 0, 2, 1),
                        day(LISBON_CLINIC, "ClinicNet Chiado", today.minusDays(1), 4, 2, 1, 1, 120, 480, 0, 1, 1, 1),
                        day(LISBON_CLINIC, "ClinicNet Chiado", today.minusDays(29), 3, 0, 0, 3, 60, 240, 0, 0, 0, 0),
                        day(LISBON_CLINIC, "ClinicNet Chiado", today.minusDays(30), 100, 100, 100, 100, 1000, 1000, 9, 9, 9, 9),
                        day(PORTO_CLINIC, "ClinicNet Boavista", today, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0))
                + "]")));
    }

    public static String day(UUID clinic, String name, LocalDate day, int booked, int cancelled, int late, int noShows,
            int bookedMinutes, int shiftMinutes, int plansStarted, int plansCompleted, int raised, int converted) {
        return """
                {"clinicId":"%s","clinicName":"%s","city":"Lisbon","day":"%s","sessionsBooked":%d,"sessionsScheduled":%d,
                 "completed":%d,"cancelled":%d,"lateCancelled":%d,"noShows":%d,"bookedMinutes":%d,"shiftMinutes":%d,
                 "shiftUtilisation":%s,"plansStarted":%d,"plansCompleted":%d,"followUpsRaised":%d,"followUpsConverted":%d}"""
                .formatted(clinic, name, day, booked, booked, booked - cancelled - noShows, cancelled, late, noShows,
                        bookedMinutes, shiftMinutes, shiftMinutes == 0 ? "0" : String.valueOf((double) bookedMinutes / shiftMinutes),
                        plansStarted, plansCompleted, raised, converted);
    }

    /** What a service's /actuator/prometheus answers: an outbox with 3 waiting, 42 s for the oldest, and so on. */
    public static String metrics() {
        return """
                # HELP clinicnet_outbox_backlog Events not yet published
                # TYPE clinicnet_outbox_backlog gauge
                clinicnet_outbox_backlog{application="booking-service"} 3.0
                # TYPE clinicnet_outbox_oldest_age_seconds gauge
                clinicnet_outbox_oldest_age_seconds{application="booking-service"} 42.5
                # TYPE clinicnet_dead_letters_total counter
                clinicnet_dead_letters_total{topic="therapist.profiles"} 1.0
                clinicnet_dead_letters_total{topic="clinic.changes"} 2.0
                # TYPE spring_cloud_stream_binder_kafka_offset gauge
                spring_cloud_stream_binder_kafka_offset{group="booking",topic="therapist.profiles"} 7.0
                # TYPE clinicnet_notification_delay_seconds histogram
                clinicnet_notification_delay_seconds_bucket{kind="REMINDER",le="1.0"} 50.0
                clinicnet_notification_delay_seconds_bucket{kind="REMINDER",le="30.0"} 98.0
                clinicnet_notification_delay_seconds_bucket{kind="REMINDER",le="120.0"} 100.0
                clinicnet_notification_delay_seconds_bucket{kind="REMINDER",le="+Inf"} 100.0
                clinicnet_notification_delay_seconds_count{kind="REMINDER"} 100.0
                # TYPE resilience4j_circuitbreaker_state gauge
                resilience4j_circuitbreaker_state{name="sms",state="closed"} 0.0
                resilience4j_circuitbreaker_state{name="sms",state="open"} 1.0
                resilience4j_circuitbreaker_state{name="email",state="closed"} 1.0
                resilience4j_circuitbreaker_state{name="email",state="open"} 0.0
                """;
    }
}
