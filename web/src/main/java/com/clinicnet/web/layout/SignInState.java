package com.clinicnet.web.layout;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Whether someone is signed in, for the layout's navigation. Asked from the templates as {@code @signInState}
 * rather than put in the model, because error pages (a service down, not found) get no model attributes.
 */
@Component("signInState")
public class SignInState {

    /** Whether the signed-in person holds the role (by its name, as templates give it), for the navigation. */
    public boolean has(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return signedIn() && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
    }

    public boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof OidcUser;
    }
}
