package com.clinicnet.platform.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param monitoringNetworks CIDR ranges (such as the Prometheus network) that may scrape metrics without a token
 * @param corsAllowedOrigins browser origins allowed to call the API; none by default
 * @param maxRequestBody the largest request body accepted
 * @param rateLimit how many requests one caller may send to the limited paths
 * @param publicPaths path patterns answered without a token, because the request proves itself otherwise (a signed
 *        reply link, a signed webhook); none by default
 */
@ConfigurationProperties("clinicnet.security")
public record AccessProperties(List<String> monitoringNetworks, List<String> corsAllowedOrigins,
        DataSize maxRequestBody, RateLimit rateLimit, List<String> publicPaths) {

    public AccessProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        monitoringNetworks = monitoringNetworks == null ? List.of() : List.copyOf(monitoringNetworks);
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
    }

    /**
     * @param paths the path patterns limited per caller (e.g. booking endpoints)
     * @param requestsPerPeriod how many requests a caller may send in one period
     * @param period the length of a period
     */
    public record RateLimit(List<String> paths, int requestsPerPeriod, Duration period) {

        public RateLimit {
            paths = paths == null ? List.of() : List.copyOf(paths);
        }
    }
}
