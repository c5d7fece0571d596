package com.clinicnet.web.services;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import com.clinicnet.web.WebProperties;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

/** The HTTP clients of the services, each with its own time limit and circuit breaker. */
@Configuration
class ServiceClientsConfiguration {

    static final String BOOKING = "booking-service";
    static final String THERAPIST = "therapist-service";

    /** Calls wait on the network, not on the CPU: a virtual thread each. */
    @Bean(destroyMethod = "close")
    ExecutorService serviceCallExecutor() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }

    @Bean
    ServiceClient bookingServiceClient(RestClient.Builder builder, AccessTokens tokens, WebProperties properties,
            ExecutorService serviceCallExecutor) {
        return client(BOOKING, properties.services().booking(), builder, tokens, properties, serviceCallExecutor);
    }

    @Bean
    ServiceClient therapistServiceClient(RestClient.Builder builder, AccessTokens tokens, WebProperties properties,
            ExecutorService serviceCallExecutor) {
        return client(THERAPIST, properties.services().therapist(), builder, tokens, properties, serviceCallExecutor);
    }

    static ServiceClient client(String name, URI baseUrl, RestClient.Builder builder, AccessTokens tokens,
            WebProperties properties, ExecutorService executor) {
        WebProperties.Calls calls = properties.calls();
        // the read timeout only frees the thread the time limit has already given up on
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(calls.connectTimeout())
                        // the services speak HTTP/1.1; no h2c upgrade attempt on every new connection
                        .version(HttpClient.Version.HTTP_1_1).build());
        requests.setReadTimeout(calls.timeLimit().multipliedBy(2));
        RestClient rest = builder.clone().baseUrl(baseUrl.toString()).requestFactory(requests).build();
        TimeLimiter timeLimiter = TimeLimiter.of(name, TimeLimiterConfig.custom()
                .timeoutDuration(calls.timeLimit()).cancelRunningFuture(true).build());
        CircuitBreaker circuitBreaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .failureRateThreshold(calls.failureRateThreshold())
                .minimumNumberOfCalls(calls.minimumNumberOfCalls())
                .slidingWindowSize(calls.slidingWindowSize())
                .waitDurationInOpenState(calls.waitInOpenState())
                // a refusal (4xx) is an answer: only a service that does not answer properly opens the circuit
                .recordExceptions(ResourceAccessException.class, HttpServerErrorException.class,
                        java.util.concurrent.TimeoutException.class)
                .build());
        return new ServiceClient(name, rest, tokens, timeLimiter, circuitBreaker, executor);
    }
}
