package com.clinicnet.platform.replylink;

import java.time.Instant;
import java.util.UUID;

/**
 * A link in a reminder that lets its client confirm or cancel one session without signing in: valid until the
 * session starts, usable once (its {@code id} is recorded when it is used).
 */
public record ReplyLink(UUID id, UUID sessionId, UUID clientId, ReplyAction action, Instant validUntil) {

    public static ReplyLink forSession(UUID sessionId, UUID clientId, ReplyAction action, Instant sessionStartsAt) {
        return new ReplyLink(UUID.randomUUID(), sessionId, clientId, action, sessionStartsAt);
    }
}
