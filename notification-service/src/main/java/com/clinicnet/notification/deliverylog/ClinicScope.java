package com.clinicnet.notification.deliverylog;

import java.util.Set;
import java.util.UUID;

import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

/**
 * The clinics whose notifications a caller may see in the delivery log: every clinic for operations and admins, who
 * follow deliveries across the network; a front desk only its own, because it acts for clients at those clinics only.
 *
 * @param everyClinic true for operations and admins
 * @param clinicIds the front desk's clinics, when not {@code everyClinic}
 */
record ClinicScope(boolean everyClinic, Set<UUID> clinicIds) {

    ClinicScope {
        clinicIds = Set.copyOf(clinicIds);
    }

    static ClinicScope of(Caller caller) {
        return caller.isAny(Role.OPS, Role.ADMIN) ? new ClinicScope(true, Set.of())
                : new ClinicScope(false, caller.clinicIds());
    }

    /** The clinic ids as SQL can take them (an array parameter). */
    String[] clinicIdArray() {
        return clinicIds.stream().map(UUID::toString).toArray(String[]::new);
    }
}
