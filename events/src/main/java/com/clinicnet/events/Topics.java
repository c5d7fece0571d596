package com.clinicnet.events;

/** The topics of docs/architecture.md. Consumers that cannot read a record move it to {@code <topic>.dlq}. */
public final class Topics {

    public static final String CLINIC_DIRECTORY = "clinic.directory";
    public static final String THERAPIST_PROFILES = "therapist.profiles";
    public static final String BOOKING_SESSIONS = "booking.sessions";
    public static final String BOOKING_PLANS = "booking.plans";
    public static final String CLIENT_CONTACTS = "client.contacts";
    public static final String NOTIFICATION_OUTCOMES = "notification.outcomes";
    /** The specialty catalogue and the concerns each addresses (compacted, key = code). */
    public static final String SPECIALTY_CATALOG = "specialty.catalog";

    public static String deadLetterOf(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}
