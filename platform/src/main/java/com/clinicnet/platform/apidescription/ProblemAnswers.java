package com.clinicnet.platform.apidescription;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import com.clinicnet.platform.security.Caller;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The answers every ClinicNet operation can give besides its own, each an RFC 9457 problem detail: what the token,
 * the roles, the parameters, the path, the rate limit, a concurrent change and the database make possible for
 * that operation. An answer the controller declares itself ({@code @ApiResponse}, such as the 409 of a taken slot
 * or the 422 of a broken rule) keeps its own description and gains the problem schema.
 */
final class ProblemAnswers implements OperationCustomizer {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Set<RequestMethod> CHANGES = Set.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);

    private final List<PathPattern> rateLimited;

    ProblemAnswers(List<String> rateLimitedPaths) {
        this.rateLimited = rateLimitedPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiResponses answers = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        dropUndeclaredOk(answers, handler);
        if (takesInput(handler)) {
            answer(answers, "400", "A parameter, header or body field is missing or malformed; the problem's errors "
                    + "name each field");
        }
        if (!CallerRoles.isPublic(handler)) {
            answer(answers, "401", "No valid bearer token: absent, expired, forged, or of another issuer or audience");
        }
        if (CallerRoles.refusesSomeRoles(handler)) {
            answer(answers, "403", "The caller's role, or the clinics it serves, do not allow this");
        }
        if (hasPathVariables(handler)) {
            answer(answers, "404", "Nothing of that id, or nothing the caller may see");
        }
        if (changesState(handler)) {
            answer(answers, "409", "Another change to the same records won the race; read them again and retry");
        }
        if (isRateLimited(handler)) {
            answer(answers, "429", "Too many requests from this caller; retry after the Retry-After header's seconds");
        }
        answer(answers, "503", "The service cannot reach its database just now; retry later");
        answers.forEach((code, answer) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                answer.setContent(problemContent());
            }
        });
        operation.setResponses(answers);
        return operation;
    }

    /** The RFC 9457 problem detail every error answer carries, with the fields at fault for a 400. */
    static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The parameter, header or body field at fault"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema().description("An RFC 9457 problem detail")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("Each field at fault (400, and a 422 that names its field)"));
    }

    /** springdoc answers 200 by default; an operation that declares its own success (201, 204) does not. */
    private static void dropUndeclaredOk(ApiResponses answers, HandlerMethod handler) {
        List<String> declared = AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(),
                io.swagger.v3.oas.annotations.responses.ApiResponse.class).stream()
                .map(io.swagger.v3.oas.annotations.responses.ApiResponse::responseCode).toList();
        boolean ownSuccess = declared.stream().anyMatch(code -> code.startsWith("2"));
        if (ownSuccess && !declared.contains("200")) {
            answers.remove("200");
        }
    }

    private static void answer(ApiResponses answers, String code, String description) {
        answers.putIfAbsent(code, new ApiResponse().description(description));
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    private static boolean takesInput(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> !parameter.getParameterType().equals(Caller.class));
    }

    private static boolean hasPathVariables(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(PathVariable.class));
    }

    private static boolean changesState(HandlerMethod handler) {
        return Arrays.stream(mappingOf(handler).method()).anyMatch(CHANGES::contains);
    }

    private boolean isRateLimited(HandlerMethod handler) {
        PathContainer path = PathContainer.parsePath(pathOf(handler));
        return rateLimited.stream().anyMatch(pattern -> pattern.matches(path));
    }

    private static String pathOf(HandlerMethod handler) {
        RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        return firstPath(type) + firstPath(mappingOf(handler));
    }

    private static RequestMapping mappingOf(HandlerMethod handler) {
        return AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
    }

    private static String firstPath(RequestMapping mapping) {
        return mapping == null || mapping.path().length == 0 ? "" : mapping.path()[0];
    }
}
