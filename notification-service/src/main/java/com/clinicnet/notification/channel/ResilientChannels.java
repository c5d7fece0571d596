package com.clinicnet.notification.channel;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRateLimiterMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedTimeLimiterMetrics;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Every channel behind Resilience4j, each with its own policy: a retry with exponential backoff and jitter around
 * a circuit breaker, around the provider's rate limit, around a time limit on the call. A refusal for good
 * ({@link DeliveryRefused}) is neither retried nor counted against the provider's health. When a send still fails,
 * the dispatcher postpones the notification: an outage delays messages, it never loses them. The state of each
 * circuit is a metric ({@code resilience4j_circuitbreaker_state{name="sms"}}), as are retries, rate-limit waits
 * and timeouts.
 */
@Component
@EnableConfigurationProperties(ChannelPolicies.class)
class ResilientChannels implements Channels, DisposableBean {

    private static final float FAILURE_RATE_TO_OPEN = 50;
    private static final int CALLS_BEFORE_JUDGING = 4;
    private static final int WINDOW = 10;

    private final Map<Channel, Guarded> guarded = new EnumMap<>(Channel.class);
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    ResilientChannels(List<ChannelGateway> gateways, ChannelPolicies policies, MeterRegistry meters) {
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
        RetryRegistry retries = RetryRegistry.ofDefaults();
        RateLimiterRegistry limiters = RateLimiterRegistry.ofDefaults();
        TimeLimiterRegistry timeLimiters = TimeLimiterRegistry.ofDefaults();
        for (ChannelGateway gateway : gateways) {
            String name = gateway.channel().name().toLowerCase();
            ChannelPolicy policy = policies.of(gateway.channel());
            guarded.put(gateway.channel(), new Guarded(gateway, policy,
                    retries.retry(name, retryConfig(policy)),
                    breakers.circuitBreaker(name, breakerConfig(policy)),
                    limiters.rateLimiter(name, rateLimiterConfig(policy)),
                    timeLimiters.timeLimiter(name, TimeLimiterConfig.custom().timeoutDuration(policy.timeout())
                            .cancelRunningFuture(true).build())));
        }
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        TaggedRateLimiterMetrics.ofRateLimiterRegistry(limiters).bindTo(meters);
        TaggedTimeLimiterMetrics.ofTimeLimiterRegistry(timeLimiters).bindTo(meters);
    }

    @Override
    public void send(Channel channel, String address, OutgoingMessage message, UUID notificationId) {
        Guarded guard = guardOf(channel);
        Callable<Void> timed = TimeLimiter.decorateFutureSupplier(guard.timeLimiter(),
                () -> CompletableFuture.runAsync(() -> guard.gateway().send(address, message, notificationId), calls));
        Callable<Void> attempt = guard.gateway().remembersSends() ? inDoubtWhenTimedOut(channel, timed) : timed;
        Callable<Void> guardedCall = Retry.decorateCallable(guard.retry(), CircuitBreaker.decorateCallable(
                guard.breaker(), RateLimiter.decorateCallable(guard.limiter(), attempt)));
        call(channel, guardedCall);
    }

    /**
     * A send that ran out of time may still reach the provider: where the provider can be asked, it is left in doubt
     * (and asked about later) rather than retried, which could deliver it twice.
     */
    private static Callable<Void> inDoubtWhenTimedOut(Channel channel, Callable<Void> timed) {
        return () -> {
            try {
                return timed.call();
            }
            catch (TimeoutException timedOut) {
                throw new SendInDoubt(channel + " provider did not answer in time", timedOut);
            }
        };
    }

    @Override
    public ChannelGateway.Acceptance acceptanceOf(Channel channel, UUID notificationId) {
        Guarded guard = guardOf(channel);
        Callable<ChannelGateway.Acceptance> timed = TimeLimiter.decorateFutureSupplier(guard.timeLimiter(),
                () -> CompletableFuture.supplyAsync(() -> guard.gateway().acceptanceOf(notificationId), calls));
        return call(channel, CircuitBreaker.decorateCallable(guard.breaker(), timed));
    }

    /** Runs a guarded call; the only checked exception left is the time limiter's. */
    private static <T> T call(Channel channel, Callable<T> guarded) {
        try {
            return guarded.call();
        }
        catch (RuntimeException e) {
            throw e;
        }
        catch (Exception timedOut) {
            throw new ChannelUnavailable(channel + " provider did not answer in time", timedOut);
        }
    }

    @Override
    public Duration longestCall(Channel channel) {
        return guardOf(channel).policy().longestCall();
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }

    private Guarded guardOf(Channel channel) {
        Guarded guard = guarded.get(channel);
        if (guard == null) {
            throw new ChannelUnavailable("No gateway for the " + channel + " channel", null);
        }
        return guard;
    }

    private static RetryConfig retryConfig(ChannelPolicy policy) {
        return RetryConfig.custom()
                .maxAttempts(policy.attempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(policy.firstBackoff(),
                        ChannelPolicy.BACKOFF_MULTIPLIER, ChannelPolicy.JITTER))
                // a refusal for good, an open circuit or a spent quota would not change in a few hundred milliseconds
                .ignoreExceptions(DeliveryRefused.class, CallNotPermittedException.class, RequestNotPermitted.class,
                        SendInDoubt.class)
                .build();
    }

    private static CircuitBreakerConfig breakerConfig(ChannelPolicy policy) {
        return CircuitBreakerConfig.custom()
                .failureRateThreshold(FAILURE_RATE_TO_OPEN)
                .minimumNumberOfCalls(CALLS_BEFORE_JUDGING)
                .slidingWindowSize(WINDOW)
                .waitDurationInOpenState(policy.openCircuitFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                // the provider answered; it is the message that is wrong
                .ignoreExceptions(DeliveryRefused.class, RequestNotPermitted.class)
                .build();
    }

    private static RateLimiterConfig rateLimiterConfig(ChannelPolicy policy) {
        return RateLimiterConfig.custom()
                .limitForPeriod(policy.permitsPerPeriod())
                .limitRefreshPeriod(policy.period())
                .timeoutDuration(policy.waitForPermit())
                .build();
    }

    private record Guarded(ChannelGateway gateway, ChannelPolicy policy, Retry retry, CircuitBreaker breaker,
            RateLimiter limiter, TimeLimiter timeLimiter) {
    }
}
