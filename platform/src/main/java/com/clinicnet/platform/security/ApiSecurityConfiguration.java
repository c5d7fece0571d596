package com.clinicnet.platform.security;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Every ClinicNet service is an OAuth2 resource server. Only health and the API docs are open; metrics need an OPS
 * token or a caller from the monitoring network; the rest of actuator is closed; everything else needs a valid
 * token (signature, issuer, audience and expiry are checked by Spring Security from the
 * {@code spring.security.oauth2.resourceserver.jwt.*} properties). Which caller may touch which object is decided
 * in each service's own layer, from the {@link Caller}.
 */
@AutoConfiguration
@EnableConfigurationProperties(AccessProperties.class)
public class ApiSecurityConfiguration implements WebMvcConfigurer {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'; "
            + "object-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";

    private static final Set<String> STANDARD_METHODS = Set.of("GET", "HEAD", "POST", "PUT",
            "PATCH", "DELETE", "OPTIONS");

    private final AccessProperties properties;

    public ApiSecurityConfiguration(AccessProperties properties) {
        this.properties = properties;
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        http.authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                            .permitAll()
                            .requestMatchers("/actuator/prometheus").access(opsOrMonitoringNetwork())
                            .requestMatchers("/actuator/**").denyAll()
                            .requestMatchers("/error").permitAll();
                    if (!properties.publicPaths().isEmpty()) {
                        requests.requestMatchers(properties.publicPaths().toArray(String[]::new)).permitAll();
                    }
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> { })
                        .authenticationEntryPoint((request, response, failure) -> {
                            bearer.commence(request, response, failure);
                            ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                                    "A valid bearer token is needed");
                        }))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) ->
                        ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                                "This role may not do that")))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // bearer tokens in headers, no cookies: there is no session for a cross-site request to ride on
                .csrf(csrf -> csrf.disable())
                .cors(cors -> cors.configurationSource(corsConfiguration()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit() {
        FilterRegistrationBean<RequestSizeLimit> registration =
                new FilterRegistrationBean<>(new RequestSizeLimit(properties.maxRequestBody()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ReadableQuery> readableQuery() {
        FilterRegistrationBean<ReadableQuery> registration = new FilterRegistrationBean<>(new ReadableQuery());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ConcreteContentType> concreteContentType() {
        FilterRegistrationBean<ConcreteContentType> registration =
                new FilterRegistrationBean<>(new ConcreteContentType());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Utf8JsonBody> utf8JsonBody() {
        FilterRegistrationBean<Utf8JsonBody> registration =
                new FilterRegistrationBean<>(new Utf8JsonBody(properties.maxRequestBody()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    /**
     * A request Spring Security's firewall refuses (an unknown method; an encoded slash, a semicolon or a line break
     * in the URL) is answered as a problem detail, not the error page's plain JSON.
     */
    @Bean
    RequestRejectedHandler problemForRejectedRequests() {
        return (request, response, rejected) -> {
            boolean unknownMethod = !STANDARD_METHODS.contains(request.getMethod());
            ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, "Invalid request",
                    unknownMethod ? "is not an HTTP method this service answers"
                            : "holds characters or sequences that are not allowed",
                    unknownMethod ? "method" : "url");
        };
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (properties.rateLimit() != null && !properties.rateLimit().paths().isEmpty()) {
            registry.addInterceptor(new CallerRateLimits(properties.rateLimit()))
                    .addPathPatterns(properties.rateLimit().paths());
        }
    }

    private CorsConfigurationSource corsConfiguration() {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!properties.corsAllowedOrigins().isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(properties.corsAllowedOrigins());
            cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
            cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
            source.registerCorsConfiguration("/**", cors);
        }
        return source;
    }

    private AuthorizationManager<RequestAuthorizationContext> opsOrMonitoringNetwork() {
        List<IpAddressMatcher> networks = properties.monitoringNetworks().stream().map(IpAddressMatcher::new).toList();
        return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
            boolean fromMonitoring = networks.stream().anyMatch(network -> network.matches(context.getRequest()));
            boolean ops = authentication.get().getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + Role.OPS.name()));
            return new AuthorizationDecision(fromMonitoring || ops);
        };
    }
}
