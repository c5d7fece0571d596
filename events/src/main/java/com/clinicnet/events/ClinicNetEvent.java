package com.clinicnet.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event of the published language: immutable, past tense, carrying ids and times only.
 * Contact details travel on {@code client.contacts} alone; health details travel nowhere.
 */
public interface ClinicNetEvent {

    /** Unique per event; consumers record it to apply each event once. */
    UUID eventId();

    Instant occurredAt();

    /** The id of what the event is about. It is also the Kafka key, so one subject's events stay in order. */
    String subject();
}
