package com.clinicnet.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The web with the services stood in by one WireMock server (booking's and therapist-service's paths do not
 * overlap), and Maria, a client signed in through Keycloak (as Spring Security's test support stands in for it).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class WebPageTest {

    protected static final UUID MARIA = UUID.fromString("7f1b8d3e-4c2a-4e5b-9a1c-2d3e4f5a6b7c");
    protected static final String MARIAS_TOKEN = "access-token";
    protected static final UUID LISBON_CLINIC = StandInServices.LISBON_CLINIC;
    protected static final UUID ANA = StandInServices.ANA;
    protected static final UUID SESSION = StandInServices.SESSION;
    protected static final UUID RITA = UUID.fromString("44444444-4444-4444-4444-444444444444");
    protected static final UUID ALICE = UUID.fromString("55555555-5555-5555-5555-555555555555");
    protected static final UUID OSCAR = UUID.fromString("66666666-6666-6666-6666-666666666666");

    protected static final WireMockServer services = StandInServices.SERVICES;

    @DynamicPropertySource
    static void servicesAtWireMock(DynamicPropertyRegistry registry) {
        StandInServices.pointTheWebAtThem(registry);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    private ClientRegistrationRepository registrations;

    @BeforeEach
    void freshServices() {
        services.resetAll();
    }

    /**
     * Maria, signed in at Keycloak with a Portuguese locale there. Her access token is the one Spring Security's
     * test support puts into the session for an OIDC login.
     */
    protected OidcLoginRequestPostProcessor maria() {
        return oidcLogin().clientRegistration(registrations.findByRegistrationId("keycloak"))
                .authorities(new SimpleGrantedAuthority("ROLE_CLIENT"))
                .idToken(token -> token.subject(MARIA.toString()).claim("name", "Maria Costa")
                        .claim("email", "maria@example.org").claim("locale", "pt").claim("roles", List.of("CLIENT")));
    }

    /** A member of staff signed in through Keycloak: their id, their role and (for a front desk) their clinics. */
    protected OidcLoginRequestPostProcessor staff(UUID id, String name, String role, UUID... clinicIds) {
        return oidcLogin().clientRegistration(registrations.findByRegistrationId("keycloak"))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role))
                .idToken(token -> token.subject(id.toString()).claim("name", name)
                        .claim("email", name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@clinicnet.local")
                        .claim("locale", "en").claim("roles", List.of(role))
                        .claim("clinic_ids", Arrays.stream(clinicIds).map(UUID::toString).toList()));
    }

    /** Rita at the front desk of the Lisbon clinic. */
    protected OidcLoginRequestPostProcessor frontDesk() {
        return staff(RITA, "Rita Gomes", "FRONT_DESK", LISBON_CLINIC);
    }

    /** Ana, the therapist, signed in as herself. */
    protected OidcLoginRequestPostProcessor anaTherapist() {
        return staff(ANA, "Ana Ribeiro", "THERAPIST");
    }

    protected OidcLoginRequestPostProcessor admin() {
        return staff(ALICE, "Alice Moreira", "ADMIN");
    }

    protected OidcLoginRequestPostProcessor operations() {
        return staff(OSCAR, "Oscar Pinto", "OPS");
    }

    /** Maria's booking profile exists already, in the given language. */
    protected static void mariaHasAProfileIn(String language) {
        services.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/clients/" + MARIA)).willReturn(okJson("""
                {"id":"%s","name":"Maria Costa","email":"maria@example.org","phone":null,
                 "timeZone":"Europe/Lisbon","language":"%s","preferredChannel":"EMAIL","quietHours":null,
                 "remindersOptOut":false}""".formatted(MARIA, language))));
    }

    /** One of Maria's sessions. */
    protected static String session(UUID id, String startsAt, String endsAt, String status) {
        return StandInServices.session(MARIA, id, startsAt, endsAt, status);
    }

    protected static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status,
            String detail, String field) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("""
                        {"type":"about:blank","title":"Request breaks a rule","status":%d,"detail":"%s",
                         "errors":[{"field":"%s","message":"%s"}]}""".formatted(status, detail, field, detail));
    }
}
