package com.clinicnet.localauth;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Client credentials only: each demo caller is a registered client, and its access token names the ClinicNet
 * identity (subject, roles, clinic ids) for the audience {@code clinicnet}, as Keycloak's mappers do with Docker.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    static final String AUDIENCE = "clinicnet";
    static final String SCOPE = "clinicnet";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(authorizationServer -> http.securityMatcher(authorizationServer.getEndpointsMatcher()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${clinicnet.auth.issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }

    @Bean
    DemoCallers demoCallers(@Value("${clinicnet.auth.demo-callers-file}") Path file) {
        return new DemoCallers(file);
    }

    @Bean
    RegisteredClientRepository demoClients(DemoCallers callers,
            @Value("${clinicnet.auth.token-lifetime}") Duration tokenLifetime) {
        return new RegisteredClientRepository() {

            @Override
            public void save(RegisteredClient registeredClient) {
                // the demo callers live in the launcher's file; what the server would update (such as a re-encoded
                // secret) need not outlive it
            }

            @Override
            public RegisteredClient findById(String id) {
                return findByClientId(id);
            }

            @Override
            public RegisteredClient findByClientId(String clientId) {
                return callers.find(clientId).map(caller -> RegisteredClient.withId(caller.clientId())
                        .clientId(caller.clientId())
                        .clientSecret("{noop}" + caller.secret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .scope(SCOPE)
                        .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(tokenLifetime).build())
                        .build()).orElse(null);
            }
        };
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> clinicNetIdentity(DemoCallers callers) {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            callers.find(context.getRegisteredClient().getClientId()).ifPresent(caller -> context.getClaims()
                    .subject(caller.subject())
                    .audience(List.of(AUDIENCE))
                    .claim("roles", caller.roles())
                    .claim("clinic_ids", caller.clinicIds()));
        };
    }
}
