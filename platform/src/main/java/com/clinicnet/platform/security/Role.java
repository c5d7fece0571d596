package com.clinicnet.platform.security;

/** Who a caller is to the clinic network, from the token's {@code roles} claim. */
public enum Role {
    /** A client of the clinics; the token's subject is their client id. */
    CLIENT,
    /** A therapist; the token's subject is their therapist id. */
    THERAPIST,
    /** Reception staff, acting for any client at the clinics listed in the token's {@code clinic_ids} claim. */
    FRONT_DESK,
    /** Operations: reads across the network, but no personal or intake data. */
    OPS,
    /** Manages clinics, therapists and the specialty catalogue. */
    ADMIN
}
