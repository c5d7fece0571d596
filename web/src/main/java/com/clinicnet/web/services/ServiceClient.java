package com.clinicnet.web.services;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.timelimiter.TimeLimiter;

/**
 * One service as the web calls it: with the signed-in person's access token, within a time limit, behind a circuit
 * breaker. Whatever goes wrong comes out as one of three exceptions the pages know how to show.
 */
public class ServiceClient {

    private final String name;
    private final RestClient rest;
    private final AccessTokens tokens;
    private final TimeLimiter timeLimiter;
    private final CircuitBreaker circuitBreaker;
    private final Executor executor;

    ServiceClient(String name, RestClient rest, AccessTokens tokens, TimeLimiter timeLimiter,
            CircuitBreaker circuitBreaker, Executor executor) {
        this.name = name;
        this.rest = rest;
        this.tokens = tokens;
        this.timeLimiter = timeLimiter;
        this.circuitBreaker = circuitBreaker;
        this.executor = executor;
    }

    /**
     * Runs the request with the person's token. The token is fetched (and refreshed) here, on the request's own
     * thread, where the session is; the call itself runs on another thread so that the time limit can give up on it.
     */
    public <T> T call(String what, Function<RestClient, T> request) {
        String token = tokens.current();
        RestClient withToken = rest.mutate().defaultHeaders(headers -> headers.setBearerAuth(token)).build();
        return run(what, withToken, request, true);
    }

    /**
     * Runs the request with no token at all, for the few paths a service answers without one because the request
     * proves itself (a reminder's signed reply link): nobody need be signed in, and nobody's token leaves the web.
     * The same time limit, circuit breaker and errors; only a 401 differs: the service did not take the path as a
     * public one, which no sign-in would mend, so it is unavailable.
     */
    public <T> T callWithoutToken(String what, Function<RestClient, T> request) {
        return run(what, rest, request, false);
    }

    private <T> T run(String what, RestClient client, Function<RestClient, T> request, boolean signedIn) {
        try {
            return circuitBreaker.executeCallable(() -> timeLimiter.executeFutureSupplier(
                    () -> CompletableFuture.supplyAsync(() -> request.apply(client), executor)));
        }
        catch (Exception failure) {
            throw translated(what, unwrapped(failure), signedIn);
        }
    }

    /** The same, for something that may not exist: empty when the service answers 404. */
    public <T> Optional<T> find(String what, Function<RestClient, T> request) {
        try {
            return Optional.ofNullable(call(what, request));
        }
        catch (ResourceNotFoundException none) {
            return Optional.empty();
        }
    }

    private RuntimeException translated(String what, Throwable failure, boolean signedIn) {
        if (failure instanceof HttpClientErrorException refused) {
            HttpStatus status = HttpStatus.resolve(refused.getStatusCode().value());
            if (status == HttpStatus.NOT_FOUND || status == HttpStatus.FORBIDDEN) {
                return new ResourceNotFoundException(what);
            }
            if (status == HttpStatus.UNAUTHORIZED && signedIn) {
                // the token was refused (revoked, or expired without a refresh token): sign in again
                return new ClientAuthorizationRequiredException(tokens.registrationId());
            }
            Problem problem = status == HttpStatus.UNAUTHORIZED ? null : problemIn(refused);
            if (problem != null) {
                return new ServiceProblemException(problem);
            }
        }
        if (failure instanceof ClientAuthorizationRequiredException signInAgain) {
            return signInAgain;
        }
        // a timeout, an open circuit, a connection refused or reset, a 5xx, an unreadable answer
        return new ServiceUnavailableException(name, what, failure);
    }

    private static Problem problemIn(HttpClientErrorException refused) {
        try {
            Problem problem = refused.getResponseBodyAs(Problem.class);
            return problem == null ? null
                    : new Problem(refused.getStatusCode().value(), problem.title(), problem.detail(), problem.errors());
        }
        catch (RuntimeException unreadable) {
            return new Problem(refused.getStatusCode().value(), refused.getStatusText(), null, null);
        }
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof java.util.concurrent.CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
