package com.clinicnet.web.signin;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import com.clinicnet.web.WebProperties;

/**
 * Sign-in at Keycloak (authorization code with PKCE, also for this confidential client), tokens kept in the server
 * session, sign-out at Keycloak too. The browser holds only the session cookie.
 */
@Configuration
class SecurityConfiguration {

    /** No inline script or style anywhere, no framing: what the pages need comes from this origin. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    /** Each role's own start page, chosen by {@code StartPage}. */
    static final String AFTER_SIGN_IN = "/start";
    /** Where a page that is not the person's lands: the same page as one that does not exist. */
    static final String NOT_FOUND = "/not-found";
    static final String SIGN_IN_FAILED = "/?signInFailed";
    static final String AUTHORIZATION_REQUESTS = "/oauth2/authorization";
    /** The pages reminders' reply links open, for clients who need not be signed in. */
    static final String REPLIES = "/replies";

    @Bean
    SecurityFilterChain web(HttpSecurity http, ClientRegistrationRepository registrations,
            OidcClientInitiatedLogoutSuccessHandler signOutAtKeycloak, WebProperties properties) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, AUTHORIZATION_REQUESTS);
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());

        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                        "/actuator/health/**", NOT_FOUND)
                .permitAll()
                // a reminder's reply link: its signed token is the proof, no sign-in (a POST still needs the CSRF token)
                .requestMatchers(REPLIES + "/**").permitAll()
                .requestMatchers(StaffPages.FRONT_DESK + "/**", StaffPages.FRONT_DESK)
                .hasAuthority(Role.FRONT_DESK.authority())
                .requestMatchers(StaffPages.THERAPIST + "/**", StaffPages.THERAPIST)
                .hasAuthority(Role.THERAPIST.authority())
                .requestMatchers(StaffPages.ADMIN + "/**", StaffPages.ADMIN).hasAuthority(Role.ADMIN.authority())
                .requestMatchers(StaffPages.OPERATIONS + "/**", StaffPages.OPERATIONS)
                .hasAuthority(Role.OPS.authority())
                .requestMatchers(AFTER_SIGN_IN, "/logout").authenticated()
                // everything else is the client's own pages
                .anyRequest().hasAuthority(Role.CLIENT.authority()))
                // another role's page is answered as one that does not exist, revealing nothing
                .exceptionHandling(errors -> errors.accessDeniedHandler(new OtherRolesPagesNotFound(NOT_FOUND)))
                .oauth2Login(login -> login
                        // straight to Keycloak, and no generated login page (it would also answer the failure URL)
                        .loginPage(AUTHORIZATION_REQUESTS + "/" + properties.oidc().registrationId())
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(new RoleAuthorities()))
                        // back to the page that asked for a sign-in (one that expired, say), else the person's start page
                        .defaultSuccessUrl(AFTER_SIGN_IN)
                        // not Spring's generated login page: back home, with a word on what happened
                        .failureHandler(new SignInFailures(SIGN_IN_FAILED)))
                .logout(logout -> logout.logoutSuccessHandler(signOutAtKeycloak))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    OidcClientInitiatedLogoutSuccessHandler signOutAtKeycloak(ClientRegistrationRepository registrations) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        return handler;
    }

    /**
     * Keycloak's endpoints, named from the issuer: configured here rather than discovered, so that the web starts
     * (and shows its public pages) while Keycloak is down.
     */
    @Bean
    ClientRegistrationRepository clientRegistrations(WebProperties properties) {
        WebProperties.Oidc oidc = properties.oidc();
        ClientRegistration keycloak = ClientRegistration.withRegistrationId(oidc.registrationId())
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(oidc.scopes())
                .issuerUri(oidc.issuer().toString())
                .authorizationUri(oidc.browserEndpoint("auth"))
                .tokenUri(oidc.backchannelEndpoint("token"))
                .jwkSetUri(oidc.backchannelEndpoint("certs"))
                .userInfoUri(oidc.backchannelEndpoint("userinfo"))
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc.browserEndpoint("logout")))
                .clientName("ClinicNet")
                .build();
        return new InMemoryClientRegistrationRepository(keycloak);
    }

    /** The tokens live in the server-side session, next to the person's sign-in. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Hands out the signed-in person's access token, refreshing it first when it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
                authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }
}
