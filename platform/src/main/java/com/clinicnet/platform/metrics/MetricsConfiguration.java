package com.clinicnet.platform.metrics;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import io.micrometer.core.instrument.MeterRegistry;

/** Business metrics every service can record, next to Spring Boot's own. */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
public class MetricsConfiguration {

    @Bean
    CommittedFacts committedFacts(MeterRegistry meters) {
        return new CommittedFacts(meters);
    }
}
