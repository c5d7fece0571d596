package com.clinicnet.booking.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Only the SMS provider, which holds the secret, can sign what it forwards. */
class WebhookSignatureTests {

    private static final byte[] BODY = "{\"from\":\"+351912345678\",\"text\":\"C\"}".getBytes(StandardCharsets.UTF_8);
    private final WebhookSignature provider = new WebhookSignature("the-shared-secret");

    @Test
    void the_providers_signature_of_the_body_matches() {
        assertThat(provider.matches(BODY, provider.of(BODY))).isTrue();
        assertThat(provider.of(BODY)).startsWith("sha256=").hasSize("sha256=".length() + 64);
    }

    @Test
    void a_signature_of_another_body_or_with_another_secret_or_none_does_not() {
        byte[] altered = "{\"from\":\"+351912345678\",\"text\":\"X\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(provider.matches(altered, provider.of(BODY))).isFalse();
        assertThat(provider.matches(BODY, new WebhookSignature("another-secret").of(BODY))).isFalse();
        assertThat(provider.matches(BODY, null)).isFalse();
        assertThat(provider.matches(BODY, "")).isFalse();
    }
}
