package com.clinicnet.notification.email;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

import com.clinicnet.notification.notification.EmailGateway;
import com.clinicnet.notification.notification.OutgoingMessage;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The email channel as the dispatcher uses it: a few quick retries with exponential backoff and jitter for a
 * transient SMTP error, and a circuit breaker so that an outage is not hammered. When the call still fails (or
 * the circuit is open), the dispatcher postpones the notification: an outage delays messages, it never loses them.
 * The circuit's state is published as a metric ({@code resilience4j_circuitbreaker_state{name="email"}}).
 */
@Primary
@Component
class ResilientEmailGateway implements EmailGateway {

    private static final String CHANNEL = "email";
    private static final int ATTEMPTS = 3;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final double BACKOFF_MULTIPLIER = 2.0;
    private static final double JITTER = 0.5;
    private static final float FAILURE_RATE_TO_OPEN = 50;
    private static final int CALLS_BEFORE_JUDGING = 4;
    private static final int WINDOW = 10;

    private final SmtpEmailGateway smtp;
    private final CircuitBreaker breaker;
    private final Retry retry;

    ResilientEmailGateway(SmtpEmailGateway smtp, MeterRegistry meters,
            @Value("${clinicnet.notifications.email.open-circuit-for}") Duration openFor) {
        this.smtp = smtp;
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(FAILURE_RATE_TO_OPEN)
                .minimumNumberOfCalls(CALLS_BEFORE_JUDGING)
                .slidingWindowSize(WINDOW)
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .build());
        RetryRegistry retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(ATTEMPTS)
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(FIRST_BACKOFF, BACKOFF_MULTIPLIER, JITTER))
                .retryExceptions(MailException.class)
                .build());
        this.breaker = breakers.circuitBreaker(CHANNEL);
        this.retry = retries.retry(CHANNEL);
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
    }

    @Override
    public void send(String to, OutgoingMessage message) {
        Retry.decorateRunnable(retry, CircuitBreaker.decorateRunnable(breaker, () -> smtp.send(to, message))).run();
    }
}
