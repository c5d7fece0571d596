package com.clinicnet.booking.reply;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param smsWebhookSecret the secret the SMS provider signs inbound messages with */
@ConfigurationProperties("clinicnet.replies")
record ReplyProperties(String smsWebhookSecret) {
}
