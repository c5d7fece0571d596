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

    public boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof OidcUser;
    }
}
