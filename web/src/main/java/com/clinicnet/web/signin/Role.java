package com.clinicnet.web.signin;

/**
 * What a signed-in person is to the clinic network, from the ID token's {@code roles} claim (the realm's roles, as
 * the services read them from the access token). A person may hold several.
 */
public enum Role {
    CLIENT,
    THERAPIST,
    FRONT_DESK,
    OPS,
    ADMIN;

    /** The authority Spring Security's URL rules check. */
    public String authority() {
        return "ROLE_" + name();
    }
}
