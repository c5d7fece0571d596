package com.clinicnet.web.signin;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A sign-in that did not complete sends the person home with a word on it, and leaves operators the OAuth2 error
 * (a code such as invalid_id_token and Keycloak's or Spring's description; never a token or a person's details).
 */
final class SignInFailures extends SimpleUrlAuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInFailures.class);

    SignInFailures(String failureUrl) {
        super(failureUrl);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException, ServletException {
        if (failure instanceof OAuth2AuthenticationException oauth2) {
            log.warn("A sign-in did not complete: {} ({})", oauth2.getError().getErrorCode(),
                    oauth2.getError().getDescription());
        }
        else {
            log.warn("A sign-in did not complete: {}", failure.getClass().getSimpleName());
        }
        super.onAuthenticationFailure(request, response, failure);
    }
}
