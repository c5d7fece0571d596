package com.clinicnet.web.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The live feed of the front desk's day: whether it listens, how long a browser's stream lasts, when to warn. */
@ConfigurationProperties("clinicnet.web.live")
record LiveProperties(boolean enabled, String groupId, Duration emitterTimeout, Duration connectWarningAfter) {
}
