package com.clinicnet.therapist;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages (audit, clinic, specialty, roster) are modules: one uses another only through the public
 * types of its base package, and none depends on another in a cycle.
 */
class ModularityTests {

    @Test
    void the_feature_packages_keep_their_boundaries() {
        ApplicationModules.of(TherapistServiceApplication.class).verify();
    }
}
