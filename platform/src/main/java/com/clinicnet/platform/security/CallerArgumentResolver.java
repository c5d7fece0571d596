package com.clinicnet.platform.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the {@link Caller} of the request, read from the validated token, and refuses one without the
 * {@link AllowedRoles} of the endpoint before anything else of the request is read.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    static final String ROLES_CLAIM = "roles";
    static final String CLINICS_CLAIM = "clinic_ids";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Caller.class);
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
            throw new IllegalStateException("No authenticated caller: the security filter chain should have refused");
        }
        Caller caller = callerOf(token.getToken());
        AllowedRoles allowed = parameter.getParameterAnnotation(AllowedRoles.class);
        if (allowed != null) {
            caller.requireAny(allowed.value());
        }
        return caller;
    }

    static Caller callerOf(Jwt jwt) {
        return new Caller(jwt.getSubject(), roles(jwt), clinics(jwt));
    }

    private static Set<Role> roles(Jwt jwt) {
        return strings(jwt.getClaim(ROLES_CLAIM)).stream()
                .filter(CallerArgumentResolver::isRole)
                .map(Role::valueOf)
                .collect(Collectors.toSet());
    }

    private static Set<UUID> clinics(Jwt jwt) {
        return strings(jwt.getClaim(CLINICS_CLAIM)).stream()
                .map(CallerArgumentResolver::uuidOrNull)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static List<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String text) {
            return List.of(text.split("[ ,]+"));
        }
        return List.of();
    }

    private static boolean isRole(String name) {
        return java.util.Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(name));
    }

    private static UUID uuidOrNull(String text) {
        try {
            return UUID.fromString(text);
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }
}
