package com.clinicnet.platform.apidescription;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

import com.clinicnet.platform.security.AllowedRoles;
import com.clinicnet.platform.security.Role;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.models.Operation;

/**
 * The roles that may call an operation, as the bearer requirement's role list (OpenAPI 3.1 lets a non-OAuth scheme
 * name roles there) and in its description. They are those of the endpoint's {@link AllowedRoles}, which the
 * service enforces before it reads the request; an endpoint whose feature decides alone names them with
 * {@code @SecurityRequirement(name = "bearer", scopes = {...})}. An operation with neither stays without a
 * requirement, and the API description tests refuse it.
 */
final class CallerRoles implements OperationCustomizer {

    static final String SCHEME = "bearer";
    static final String EXTENSION = "x-roles";
    /** Marks an operation deliberately without a token, so a forgotten role list is not mistaken for one. */
    static final String PUBLIC = "x-proves-itself";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (isPublic(handler)) {
            operation.addExtension(PUBLIC, true);
            String who = "No token: the request proves itself (a signed link or a signed webhook).";
            operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
            return operation;
        }
        rolesOf(handler).ifPresent(roles -> {
            if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                operation.addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement()
                        .addList(SCHEME, roles));
            }
            operation.addExtension(EXTENSION, roles);
            String who = "Roles: " + String.join(", ", roles) + ".";
            operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
        });
        return operation;
    }

    /** The roles of the endpoint, if it names them. */
    static Optional<List<String>> rolesOf(HandlerMethod handler) {
        Optional<List<String>> enforced = Arrays.stream(handler.getMethodParameters())
                .map(parameter -> parameter.getParameterAnnotation(AllowedRoles.class))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(allowed -> Arrays.stream(allowed.value()).map(Role::name).toList());
        return enforced.or(() -> declared(handler));
    }

    /**
     * Whether the service itself refuses some roles (403) before the feature is asked; where the feature decides
     * alone, the controller declares its 403 if the feature answers one (others answer "not found").
     */
    static boolean refusesSomeRoles(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .map(parameter -> parameter.getParameterAnnotation(AllowedRoles.class))
                .filter(java.util.Objects::nonNull)
                .anyMatch(allowed -> allowed.value().length < Role.values().length);
    }

    /**
     * An operation that proves itself without a token (a signed link, a signed webhook) says so with an empty
     * {@code @SecurityRequirements}: no bearer requirement, no 401 for a missing token.
     */
    static boolean isPublic(HandlerMethod handler) {
        SecurityRequirements none = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
                SecurityRequirements.class);
        return none != null && none.value().length == 0;
    }

    private static Optional<List<String>> declared(HandlerMethod handler) {
        return AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(), SecurityRequirement.class)
                .stream()
                .filter(requirement -> requirement.name().equals(SCHEME))
                .map(requirement -> Stream.of(requirement.scopes()).toList())
                .findFirst();
    }
}
