package com.clinicnet.booking.directory;

import java.util.UUID;

/**
 * In-process, inside the transaction that applied it: booking's copy of a clinic changed (its closures, hours,
 * rooms), so the sessions booked there may no longer hold.
 */
public record ClinicDirectoryChanged(UUID clinicId) {
}
