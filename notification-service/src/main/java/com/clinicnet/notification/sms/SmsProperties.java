package com.clinicnet.notification.sms;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMS provider's HTTP API.
 *
 * @param url where messages are POSTed; {@code <url>/<reference>} answers whether the provider has a message
 * @param apiKey sent as a bearer token; from the environment or a secrets file, never from this repository
 * @param sender the name the message comes from
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer (shorter than the channel's time limit, so the call ends first)
 */
@ConfigurationProperties("clinicnet.notifications.sms")
record SmsProperties(String url, String apiKey, String sender, Duration connectTimeout, Duration readTimeout) {
}
