package com.clinicnet.platform.apidescription;

import java.util.Map;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import com.clinicnet.platform.security.AccessProperties;
import com.clinicnet.platform.security.Caller;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * Each service's OpenAPI document as a client developer builds on it: who the service is, stable operation ids
 * ({@link OperationNames}), the bearer token every operation asks for and the roles that may call it
 * ({@link CallerRoles}), and every answer an operation can give with the problem detail it carries
 * ({@link ProblemAnswers}). The {@link Caller} is read from the token, never sent, so it is no parameter of any
 * operation.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
@EnableConfigurationProperties(ApiDescriptionProperties.class)
public class ApiDescriptionConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI apiDescription(ApiDescriptionProperties api) {
        return new OpenAPI()
                .info(new Info().title(api.title()).version(api.version()).description(api.description()))
                .components(new Components()
                        .securitySchemes(Map.of(CallerRoles.SCHEME, bearerToken(api)))
                        .schemas(Map.of(ProblemAnswers.PROBLEM, ProblemAnswers.problemSchema())));
    }

    @Bean
    OperationCustomizer operationNames() {
        return new OperationNames();
    }

    @Bean
    OperationCustomizer callerRoles() {
        return new CallerRoles();
    }

    @Bean
    OperationCustomizer problemAnswers(AccessProperties access) {
        return new ProblemAnswers(access.rateLimit() == null ? java.util.List.of() : access.rateLimit().paths());
    }

    private static SecurityScheme bearerToken(ApiDescriptionProperties api) {
        return new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token of the ClinicNet realm (OpenID Connect discovery: "
                        + api.openIdConfiguration() + "), audience clinicnet; its roles claim says who the caller "
                        + "is (CLIENT, THERAPIST, FRONT_DESK, OPS, ADMIN) and its clinic_ids claim which clinics a "
                        + "front desk serves.");
    }
}
