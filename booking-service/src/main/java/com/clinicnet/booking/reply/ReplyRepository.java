package com.clinicnet.booking.reply;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.clinicnet.platform.replylink.ReplyLink;

/** The reply links used, and the sessions their clients confirmed. */
@Repository
class ReplyRepository {

    private final JdbcClient jdbc;

    ReplyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the link's one use; false when it was used before (by this request's twin, or earlier). */
    boolean use(ReplyLink link, Instant at) {
        return jdbc.sql("""
                        INSERT INTO reply_link_use (link_id, session_id, action, used_at) VALUES (:id, :session, :action, :at)
                        ON CONFLICT (link_id) DO NOTHING
                        """)
                .param("id", link.id()).param("session", link.sessionId()).param("action", link.action().name())
                .param("at", Timestamp.from(at)).update() == 1;
    }

    boolean wasUsed(ReplyLink link) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM reply_link_use WHERE link_id = :id)").param("id", link.id())
                .query(Boolean.class).single();
    }

    /** Records that the client will come; false when they had said so before. */
    boolean confirm(UUID sessionId, ReplyChannel via, Instant at) {
        return jdbc.sql("""
                        INSERT INTO session_confirmation (session_id, confirmed_at, via) VALUES (:session, :at, :via)
                        ON CONFLICT (session_id) DO NOTHING
                        """)
                .param("session", sessionId).param("at", Timestamp.from(at)).param("via", via.name()).update() == 1;
    }

    Optional<Instant> confirmedAt(UUID sessionId) {
        return jdbc.sql("SELECT confirmed_at FROM session_confirmation WHERE session_id = :session")
                .param("session", sessionId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }
}
