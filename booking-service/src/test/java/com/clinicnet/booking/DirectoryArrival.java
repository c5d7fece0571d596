package com.clinicnet.booking;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory reaches booking over Kafka, after the test published it: before a story books, it waits until
 * booking's read model holds what the story needs.
 */
public final class DirectoryArrival {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    private DirectoryArrival() {
    }

    /** Until booking's read model holds at least one shift of each therapist. */
    public static void awaitShiftsOf(JdbcClient jdbc, UUID... therapists) {
        for (UUID therapist : therapists) {
            await().atMost(WITHIN).until(() -> jdbc.sql("SELECT count(*) FROM therapist_view_shift WHERE therapist_id = :t")
                    .param("t", therapist).query(Integer.class).single() > 0);
        }
    }

    /** Until booking's read model has these clinics (they travel on their own topic, apart from the therapists). */
    public static void awaitClinics(JdbcClient jdbc, UUID... clinics) {
        for (UUID clinic : clinics) {
            await().atMost(WITHIN).until(() -> jdbc.sql("SELECT count(*) FROM clinic_view WHERE id = :c")
                    .param("c", clinic).query(Integer.class).single() == 1);
        }
    }

    /** Until booking knows which specialties address the concern (the specialty catalogue has arrived). */
    public static void awaitCatalogueFor(JdbcClient jdbc, String concern) {
        await().atMost(WITHIN).until(() -> jdbc.sql("SELECT count(*) FROM concern_specialty WHERE concern = :c")
                .param("c", concern).query(Integer.class).single() > 0);
    }
}
