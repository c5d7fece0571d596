package com.clinicnet.web.services;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.stereotype.Component;

import com.clinicnet.web.WebProperties;

/** The signed-in person's access token, from the session, refreshed by the manager when it has expired. */
@Component
public class AccessTokens {

    static final String IDENTITY_PROVIDER = "identity-provider";

    private final OAuth2AuthorizedClientManager manager;
    private final String registrationId;

    AccessTokens(OAuth2AuthorizedClientManager manager, WebProperties properties) {
        this.manager = manager;
        this.registrationId = properties.oidc().registrationId();
    }

    String current() {
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        OAuth2AuthorizedClient client;
        try {
            client = person == null ? null : manager.authorize(
                    OAuth2AuthorizeRequest.withClientRegistrationId(registrationId).principal(person).build());
        }
        catch (ClientAuthorizationException refused) {
            if (OAuth2ErrorCodes.INVALID_GRANT.equals(refused.getError().getErrorCode())) {
                // the refresh token has expired or was revoked (signed out elsewhere): sign in again
                throw new ClientAuthorizationRequiredException(registrationId);
            }
            throw new ServiceUnavailableException(IDENTITY_PROVIDER, "access token", refused);
        }
        catch (OAuth2AuthorizationException | org.springframework.web.client.RestClientException unreachable) {
            throw new ServiceUnavailableException(IDENTITY_PROVIDER, "access token", unreachable);
        }
        if (client == null) {
            throw new ClientAuthorizationRequiredException(registrationId);
        }
        return client.getAccessToken().getTokenValue();
    }

    String registrationId() {
        return registrationId;
    }
}
