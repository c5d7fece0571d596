package com.clinicnet.web.services;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;

import com.clinicnet.web.WebProperties;

/** The signed-in person's access token, from the session, refreshed by the manager when it has expired. */
@Component
public class AccessTokens {

    private final OAuth2AuthorizedClientManager manager;
    private final String registrationId;

    AccessTokens(OAuth2AuthorizedClientManager manager, WebProperties properties) {
        this.manager = manager;
        this.registrationId = properties.oidc().registrationId();
    }

    String current() {
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        OAuth2AuthorizedClient client = person == null ? null
                : manager.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(registrationId)
                        .principal(person).build());
        if (client == null) {
            throw new ClientAuthorizationRequiredException(registrationId);
        }
        return client.getAccessToken().getTokenValue();
    }

    String registrationId() {
        return registrationId;
    }
}
