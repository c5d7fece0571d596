package com.clinicnet.platform.replylink;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param signingKey the secret shared by notification-service (which signs the links it sends) and booking-service
 *        (which checks them); at least 32 bytes
 */
@ConfigurationProperties("clinicnet.reply-links")
public record ReplyLinkProperties(String signingKey) {
}
