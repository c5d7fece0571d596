package com.clinicnet.notification;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each feature package is a module: no cycles between them, and none reaches into another's internals. */
class ModularityTests {

    @Test
    void the_feature_packages_depend_on_each_other_only_through_their_public_types_and_without_cycles() {
        ApplicationModules.of(NotificationServiceApplication.class).verify();
    }
}
