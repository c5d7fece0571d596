package com.clinicnet.platform.audit;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit trail and its {@code GET /audit}, for a service that has an {@code audit_entry} table of its own
 * (its migrations create it) and says so with {@code clinicnet.audit.enabled=true}: a service without the table
 * must not offer an endpoint that can only fail.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "clinicnet.audit", name = "enabled", havingValue = "true")
public class AuditConfiguration {

    @Bean
    AuditTrail auditTrail(JdbcClient jdbc) {
        return new AuditTrail(jdbc);
    }

    @Bean
    AuditController auditController(AuditTrail trail) {
        return new AuditController(trail);
    }
}
