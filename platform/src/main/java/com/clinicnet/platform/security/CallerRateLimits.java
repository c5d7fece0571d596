package com.clinicnet.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

import com.clinicnet.platform.problem.TooManyRequestsException;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One Resilience4j rate limiter per caller (token subject) on the limited paths, so one client hammering the
 * booking endpoints cannot crowd out the others.
 */
class CallerRateLimits implements HandlerInterceptor {

    private final RateLimiterRegistry limiters;
    private final AccessProperties.RateLimit settings;

    CallerRateLimits(AccessProperties.RateLimit settings) {
        this.settings = settings;
        this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(settings.requestsPerPeriod())
                .limitRefreshPeriod(settings.period())
                .timeoutDuration(java.time.Duration.ZERO)
                .build());
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null) {
            return true;
        }
        RateLimiter limiter = limiters.rateLimiter(caller.getName());
        if (!limiter.acquirePermission()) {
            throw new TooManyRequestsException(settings.period());
        }
        return true;
    }
}
