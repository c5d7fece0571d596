package com.clinicnet.booking.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.platform.problem.RuleViolationException;

/**
 * Remembers the first answer to an Idempotency-Key. The key row is inserted in the booking's own transaction: a
 * concurrent request with the same key waits on the primary key until the first commits (and then replays its
 * answer) or rolls back (and then books itself). A failed booking leaves no row, so it can be retried.
 */
@Repository
class IdempotentRequests {

    private final JdbcClient jdbc;
    private final Duration keepFor;

    IdempotentRequests(JdbcClient jdbc, @Value("${clinicnet.booking.idempotency-keys.keep-for}") Duration keepFor) {
        this.jdbc = jdbc;
        this.keepFor = keepFor;
    }

    /** The stored answer to this key if there is one; otherwise the key is now held by this transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<StoredAnswer> claim(String subject, String key, String requestBody) {
        String hash = sha256(requestBody);
        // a key older than its keeping time is a new key, whether or not the expiry has removed it yet
        int claimed = jdbc.sql("""
                        INSERT INTO idempotent_request (subject, idempotency_key, request_hash) VALUES (:subject, :key, :hash)
                        ON CONFLICT (subject, idempotency_key) DO UPDATE
                            SET request_hash = excluded.request_hash, status = NULL, location = NULL, response = NULL,
                                created_at = now()
                            WHERE idempotent_request.created_at < now() - make_interval(secs => :keepFor)
                        """)
                .param("subject", subject).param("key", key).param("hash", hash)
                .param("keepFor", (double) keepFor.toSeconds()).update();
        if (claimed == 1) {
            return Optional.empty();
        }
        StoredAnswer stored = jdbc.sql("""
                        SELECT request_hash, status, location, response FROM idempotent_request
                        WHERE subject = :subject AND idempotency_key = :key
                        """)
                .param("subject", subject).param("key", key)
                .query((row, n) -> new StoredAnswer(row.getString("request_hash"), row.getInt("status"),
                        row.getString("location"), row.getString("response")))
                .single();
        if (!stored.requestHash().equals(hash)) {
            throw new RuleViolationException("Idempotency-Key", "This key was used before for a different request");
        }
        return Optional.of(stored);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void remember(String subject, String key, int status, String location, String response) {
        jdbc.sql("""
                        UPDATE idempotent_request SET status = :status, location = :location, response = :response
                        WHERE subject = :subject AND idempotency_key = :key
                        """)
                .param("subject", subject).param("key", key).param("status", status).param("location", location)
                .param("response", response).update();
    }

    /** Part of an erasure: the keys (and the answers they keep) of a client acting as themselves. */
    @Transactional(propagation = Propagation.MANDATORY)
    void forgetSubject(String subject) {
        jdbc.sql("DELETE FROM idempotent_request WHERE subject = :subject").param("subject", subject).update();
    }

    /**
     * Removes up to {@code batch} keys older than their keeping time; rows another instance is removing are skipped,
     * so instances running this at once share the work instead of waiting on each other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int expire(int batch) {
        return jdbc.sql("""
                        DELETE FROM idempotent_request WHERE ctid IN (
                            SELECT ctid FROM idempotent_request
                            WHERE created_at < now() - make_interval(secs => :keepFor)
                            LIMIT :batch FOR UPDATE SKIP LOCKED)
                        """)
                .param("keepFor", (double) keepFor.toSeconds()).param("batch", batch).update();
    }

    /** The first answer given to a key. */
    record StoredAnswer(String requestHash, int status, String location, String response) {
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
