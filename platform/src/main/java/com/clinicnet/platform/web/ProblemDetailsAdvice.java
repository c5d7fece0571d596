package com.clinicnet.platform.web;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.clinicnet.platform.problem.BadRequestException;
import com.clinicnet.platform.problem.ConflictException;
import com.clinicnet.platform.problem.ForbiddenException;
import com.clinicnet.platform.problem.TooManyRequestsException;
import com.clinicnet.platform.problem.UnauthorizedException;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.problem.RuleViolationException;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import tools.jackson.core.JacksonException;

/**
 * Turns every error into an RFC 9457 problem detail that names the field at fault. The request body is never
 * echoed back and no stack trace leaves the service.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String ERRORS = "errors";
    /** About how long the pool waits for a connection before giving up, so a retry has a fair chance. */
    private static final java.time.Duration RETRY_AFTER_DATABASE_OUTAGE = java.time.Duration.ofSeconds(5);

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", errors);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", errors);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                    List.of(new FieldError(field, "has a value of the wrong type or format")));
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                List.of(new FieldError("body", "is missing or is not valid JSON")));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            org.springframework.web.bind.MissingServletRequestParameterException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                List.of(new FieldError(ex.getParameterName(), "is required")));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
        return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                List.of(new FieldError(field, "has a value of the wrong type or format")));
    }

    /**
     * A constraint on a parameter of a controller validated as a whole ({@code @Validated} on the class): Spring
     * checks it through a proxy, which throws this rather than {@link HandlerMethodValidationException}.
     */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolated(ConstraintViolationException ex) {
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(violation -> new FieldError(lastNodeOf(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", errors);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex) {
        return ResponseEntity.of(detail(HttpStatus.NOT_FOUND, "Not found", ex.getMessage())).build();
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException ex) {
        return ResponseEntity.of(detail(HttpStatus.CONFLICT, "Conflict", ex.getMessage())).build();
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Object> badRequest(BadRequestException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", List.of(new FieldError(ex.field(), ex.getMessage())));
    }

    @ExceptionHandler(UnauthorizedException.class)
    ResponseEntity<Object> unauthorized(UnauthorizedException ex) {
        return ResponseEntity.of(detail(HttpStatus.UNAUTHORIZED, "Unauthorized", ex.getMessage())).build();
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbidden(ForbiddenException ex) {
        return ResponseEntity.of(detail(HttpStatus.FORBIDDEN, "Forbidden", ex.getMessage())).build();
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<Object> tooManyRequests(TooManyRequestsException ex) {
        return ResponseEntity.of(detail(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", ex.getMessage()))
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ex.retryAfter().toSeconds())))
                .build();
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Object> ruleViolation(RuleViolationException ex) {
        ProblemDetail body = detail(HttpStatus.UNPROCESSABLE_CONTENT, "Request breaks a rule", ex.getMessage());
        body.setProperty(ERRORS, List.of(new FieldError(ex.field(), ex.getMessage())));
        return ResponseEntity.of(body).build();
    }

    /**
     * The database cannot be reached (the line is down, the pool found no connection in time, a query timed out,
     * the connection broke mid-transaction): a 503 the client may retry, with the same Idempotency-Key where it sent
     * one, instead of a 500.
     */
    @ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessResourceException.class, QueryTimeoutException.class, TransactionSystemException.class })
    ResponseEntity<Object> databaseUnavailable(Exception ex) {
        log.warn("Answered 503: the database is unavailable ({})", ex.getClass().getSimpleName());
        return ResponseEntity.of(detail(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                "The service cannot reach its database just now; try again shortly."))
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_DATABASE_OUTAGE.toSeconds()))
                .build();
    }

    /**
     * Two requests changed the same rows at the same moment and the database chose this one to give way (a deadlock,
     * a lock timeout, a serialization failure): 409, the client may try again; nothing of it was kept.
     */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<Object> concurrentChange(ConcurrencyFailureException ex) {
        log.info("Answered 409: a concurrent change won ({})", ex.getClass().getSimpleName());
        return ResponseEntity.of(detail(HttpStatus.CONFLICT, "Conflict",
                "Another request changed the same data at the same moment; try again.")).build();
    }

    /**
     * The security firewall refused a parameter only when something read it (it checks them lazily). Its message
     * quotes the parameter, which may be a client's own words, so it is neither logged nor echoed.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> requestRejected(RequestRejectedException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request",
                List.of(new FieldError("parameters", "hold characters that are not allowed")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        log.error("Unexpected error", ex);
        return ResponseEntity.of(detail(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The request could not be completed; it has been logged.")).build();
    }

    /** The parameter or property a violation is about: {@code limit} of {@code entries.limit}. */
    private static String lastNodeOf(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name == null ? "parameter" : name;
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String title, List<FieldError> errors) {
        String detail = errors.stream()
                .map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        ProblemDetail body = detail(status, title, detail);
        body.setProperty(ERRORS, errors);
        return ResponseEntity.of(body).build();
    }

    private static ProblemDetail detail(HttpStatus status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        body.setType(URI.create("https://clinicnet.example/problems/" + status.value()));
        return body;
    }
}
