package com.clinicnet.booking.session;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import com.clinicnet.booking.directory.DirectoryReadModel;
import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.platform.problem.ConflictException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Bookings and reschedules refused with 409 because the therapist or every treatment room was already taken, per
 * clinic. Counted as they are refused, not after commit: the refusing transaction always rolls back. In Prometheus:
 * {@code clinicnet_booking_conflicts_total{clinic}}.
 */
@Component
class BookingConflicts {

    private static final Logger log = LoggerFactory.getLogger(BookingConflicts.class);
    private static final String NAME = "clinicnet.booking.conflicts";
    private static final String DESCRIPTION = "Bookings and reschedules refused because the slot was taken, per clinic";

    private final MeterRegistry meters;
    private final DirectoryReadModel directory;

    BookingConflicts(MeterRegistry meters, DirectoryReadModel directory) {
        this.meters = meters;
        this.directory = directory;
    }

    /** Counts the refusal and gives the 409 to throw. */
    ConflictException slotTaken(UUID clinicId, String detail) {
        counterOf(clinicId).increment();
        return new ConflictException(detail);
    }

    /**
     * A clinic's series is served from zero before its first conflict (from startup for the clinics known then,
     * from its first booking for the others), so Prometheus' increase() sees that first conflict too.
     */
    @EventListener(ApplicationReadyEvent.class)
    void startAtZeroForKnownClinics() {
        try {
            directory.clinicIds().forEach(this::counterOf);
        }
        catch (DataAccessException e) {
            // a metric is no reason to stop the service: these clinics' series then start with their first booking
            log.warn("Could not read the clinics to serve their booking conflicts from zero: {}", e.getMessage());
        }
    }

    @EventListener
    void on(SessionBookedV1 booked) {
        counterOf(booked.clinicId());
    }

    private Counter counterOf(UUID clinicId) {
        return Counter.builder(NAME).description(DESCRIPTION).tag("clinic", clinicId.toString()).register(meters);
    }
}
