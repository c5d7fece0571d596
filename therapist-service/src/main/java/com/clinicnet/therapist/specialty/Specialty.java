package com.clinicnet.therapist.specialty;

import java.util.List;

/**
 * A kind of treatment a therapist can be trained in, and the client concerns it addresses. The catalogue is
 * data (seeded by a migration), so a new specialty needs no code change.
 */
record Specialty(String code, String name, String description, List<String> addressesConcerns) {

    public Specialty {
        addressesConcerns = List.copyOf(addressesConcerns);
    }
}
