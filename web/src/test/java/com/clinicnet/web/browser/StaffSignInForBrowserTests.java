package com.clinicnet.web.browser;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tests only: a real browser cannot sign in at a Keycloak that is not there, so {@code /test-sign-in?role=ADMIN}
 * puts a signed-in member of staff (and their access token) into the browser's session, as a sign-in would.
 */
@TestConfiguration
class StaffSignInForBrowserTests {

    static final String PATH = "/test-sign-in";
    private static final String REGISTRATION = "keycloak";
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    @Bean
    FilterRegistrationBean<Filter> staffSignIn(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients) {
        Filter signIn = (request, response, chain) -> signIn((HttpServletRequest) request,
                (HttpServletResponse) response, registrations, authorizedClients);
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(signIn);
        registration.addUrlPatterns(PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private static void signIn(HttpServletRequest request, HttpServletResponse response,
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients)
            throws IOException {
        String role = request.getParameter("role");
        Instant now = Instant.now();
        String name = role.equals("ADMIN") ? "Alice Moreira" : "Oscar Pinto";
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").subject(UUID.nameUUIDFromBytes(role.getBytes()).toString())
                .claim("name", name).claim("email", name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@clinicnet.local")
                .claim("locale", "en").claim("roles", List.of(role)).claim("clinic_ids", List.of())
                .issuedAt(now).expiresAt(now.plus(TOKEN_LIFETIME)).build();
        Set<GrantedAuthority> authorities = Set.of(new SimpleGrantedAuthority("ROLE_" + role));
        DefaultOidcUser person = new DefaultOidcUser(authorities, idToken);
        OAuth2AuthenticationToken authentication = new OAuth2AuthenticationToken(person, authorities, REGISTRATION);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token", now,
                now.plus(TOKEN_LIFETIME));
        authorizedClients.saveAuthorizedClient(new OAuth2AuthorizedClient(
                registrations.findByRegistrationId(REGISTRATION), person.getName(), token), authentication, request,
                response);
        response.sendRedirect(request.getParameter("then"));
    }
}
