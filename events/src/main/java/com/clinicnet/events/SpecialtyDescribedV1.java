package com.clinicnet.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A specialty of the catalogue and the client concerns it addresses, on the compacted {@code specialty.catalog}
 * topic: how booking matches what hurts to who can treat it.
 */
public record SpecialtyDescribedV1(UUID eventId, Instant occurredAt, String code, String name,
        List<String> addressesConcerns) implements ClinicNetEvent {

    public SpecialtyDescribedV1 {
        addressesConcerns = List.copyOf(addressesConcerns);
    }

    @Override
    public String subject() {
        return code;
    }
}
