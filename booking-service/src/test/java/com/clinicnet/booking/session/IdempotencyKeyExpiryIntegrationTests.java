package com.clinicnet.booking.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;

/** Stored answers to Idempotency-Keys are kept for a day (the test profile's default too), then forgotten. */
@ServiceIntegrationTest
class IdempotencyKeyExpiryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdempotencyKeyExpiry expiry;

    @Test
    void a_key_answered_more_than_a_day_ago_is_removed_and_one_answered_an_hour_ago_is_kept() {
        String subject = UUID.randomUUID().toString();
        storedAnswer(subject, "yesterday-morning", "25 hours");
        storedAnswer(subject, "an-hour-ago", "1 hour");

        // The scheduled expiry runs in this context too and may remove the old key first: the outcome is what counts.
        expiry.expireOldKeys();

        assertThat(jdbc.sql("SELECT idempotency_key FROM idempotent_request WHERE subject = :subject")
                .param("subject", subject).query(String.class).list()).containsExactly("an-hour-ago");
    }

    @Test
    void a_request_with_an_expired_key_is_decided_afresh_not_answered_from_the_old_key() {
        UUID client = UUID.randomUUID();
        storedAnswer(client.toString(), "reused-key", "25 hours");
        Instant theDayAfterTomorrow = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);

        HttpResponseBody answer = ServiceClient.onPort(port).as(TestIdentityProvider.shared().client(client))
                .postWithKey("/sessions", Map.of("clientId", client.toString(), "therapistId", UUID.randomUUID().toString(),
                        "clinicId", UUID.randomUUID().toString(), "startsAt", theDayAfterTomorrow.toString(),
                        "durationMinutes", 60), "reused-key");

        assertThat(answer.status()).as("not the stored 201").isEqualTo(422);
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo("clientId");
    }

    private void storedAnswer(String subject, String key, String age) {
        jdbc.sql("""
                        INSERT INTO idempotent_request (subject, idempotency_key, request_hash, status, location, response,
                                                        created_at)
                        VALUES (:subject, :key, 'hash', 201, '/sessions/00000000-0000-0000-0000-000000000001', '{}',
                                now() - CAST(:age AS interval))
                        """)
                .param("subject", subject).param("key", key).param("age", age).update();
    }
}
