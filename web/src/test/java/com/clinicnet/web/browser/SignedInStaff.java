package com.clinicnet.web.browser;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tests only: a way into a running web (a real browser, an HTTP client) as a member of staff or a client, without
 * Keycloak. It puts into the server session what a sign-in at Keycloak would: the person from an ID token with their
 * roles and clinics, and an access token the stand-in services accept.
 */
@TestConfiguration
public class SignedInStaff {

    public static final String PATH = "/test-sign-in";
    private static final String REGISTRATION = "keycloak";
    private static final long TOKEN_HOURS = 1;

    /** The path that signs in a front desk of the given clinics, then goes to its start page. */
    public static String frontDesk(UUID id, String name, UUID... clinicIds) {
        StringBuilder path = new StringBuilder(PATH + "?role=FRONT_DESK&id=" + id + "&name=" + name.replace(' ', '+'));
        for (UUID clinicId : clinicIds) {
            path.append("&clinicIds=").append(clinicId);
        }
        return path.toString();
    }

    public static String therapist(UUID id, String name) {
        return PATH + "?role=THERAPIST&id=" + id + "&name=" + name.replace(' ', '+');
    }

    /** The path that signs in a client (their id is the token's subject), then goes to the given page. */
    public static String client(UUID id, String name, String page) {
        return PATH + "?role=CLIENT&id=" + id + "&name=" + name.replace(' ', '+') + "&to=" + page;
    }

    /** The path that signs in a member of staff of the network (ADMIN, OPS), then goes to the given page. */
    public static String networkStaff(String role, String name, String page) {
        return PATH + "?role=" + role + "&id=" + UUID.nameUUIDFromBytes(role.getBytes(StandardCharsets.UTF_8))
                + "&name=" + name.replace(' ', '+') + "&to=" + page;
    }

    /** Its own chain, first: the path is open, and the filter answers it before anything else would. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain testSignInChain(HttpSecurity http, ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository clients) throws Exception {
        http.securityMatcher(PATH).authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new TestSignIn(registrations, clients), AuthorizationFilter.class);
        return http.build();
    }

    /** A filter rather than a controller, so that no other test's context finds it by scanning. */
    static class TestSignIn extends OncePerRequestFilter {

        private final ClientRegistrationRepository registrations;
        private final OAuth2AuthorizedClientRepository clients;

        TestSignIn(ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository clients) {
            this.registrations = registrations;
            this.clients = clients;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException {
            UUID id = UUID.fromString(request.getParameter("id"));
            String name = request.getParameter("name");
            String role = request.getParameter("role");
            String[] clinicIds = request.getParameterValues("clinicIds");
            String locale = request.getParameter("locale") == null ? "en" : request.getParameter("locale");
            Instant now = Instant.now();
            Instant later = now.plus(TOKEN_HOURS, ChronoUnit.HOURS);
            OidcIdToken idToken = OidcIdToken.withTokenValue("test-id-token").subject(id.toString())
                    .claim("name", name).claim("email", name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@clinicnet.local")
                    .claim("locale", locale).claim("roles", List.of(role))
                    .claim("clinic_ids", clinicIds == null ? List.of() : List.of(clinicIds))
                    .issuedAt(now).expiresAt(later).build();
            List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role));
            OAuth2AuthenticationToken person = new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, idToken),
                    authorities, REGISTRATION);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(person);
            SecurityContextHolder.setContext(context);
            new HttpSessionSecurityContextRepository().saveContext(context, request, response);
            clients.saveAuthorizedClient(new OAuth2AuthorizedClient(registrations.findByRegistrationId(REGISTRATION),
                    id.toString(), new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "staff-access-token", now,
                            later)), person, request, response);
            response.sendRedirect(request.getParameter("to") == null ? "/start" : request.getParameter("to"));
        }
    }
}
