package com.clinicnet.booking.clinicday;

/**
 * How a therapist's schedule names a client: by the first name alone, all the therapist needs to greet them. The
 * full name is for the front desk.
 */
final class FirstName {

    private FirstName() {
    }

    static String of(String fullName) {
        return fullName.strip().split("\\s+", 2)[0];
    }
}
