package com.clinicnet.web.operations;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What operations' pages show: how many days the report sums, and the services whose platform state is read
 * (by their name in {@code clinicnet.web.services}).
 */
@ConfigurationProperties("clinicnet.web.operations")
record OperationsPages(int reportDays, List<String> platformServices) {
}
