package com.clinicnet.web.signin;

import java.util.UUID;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in client, as a controller receives them: booking-service knows the client by the token's subject.
 * Only what the ID token says; the booking profile is booking-service's.
 */
public record SignedIn(UUID clientId, String name, String email, String locale) {

    static SignedIn of(OidcUser user) {
        return new SignedIn(UUID.fromString(user.getSubject()), user.getFullName() != null ? user.getFullName()
                : user.getPreferredUsername(), user.getEmail(), user.getLocale());
    }
}
