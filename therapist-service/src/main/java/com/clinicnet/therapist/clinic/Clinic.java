package com.clinicnet.therapist.clinic;

import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A clinic of the network: where it is, the zone its clocks show, how many treatment rooms it has and the
 * buffer after each session for notes and room turnover.
 */
public record Clinic(
        UUID id,
        String name,
        String city,
        String address,
        ZoneId timeZone,
        int treatmentRooms,
        Duration bufferAfterSession,
        long version) {

    public Clinic {
        if (treatmentRooms < 1) {
            throw new IllegalArgumentException("A clinic needs at least one treatment room");
        }
        if (bufferAfterSession.isNegative()) {
            throw new IllegalArgumentException("The buffer after a session cannot be negative");
        }
    }

    /** The same clinic described anew; its version moves on so readers can tell the newer copy. */
    public Clinic revisedAs(Clinic details) {
        return new Clinic(id, details.name, details.city, details.address, details.timeZone, details.treatmentRooms,
                details.bufferAfterSession, version + 1);
    }
}
