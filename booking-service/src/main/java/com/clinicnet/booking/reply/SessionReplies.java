package com.clinicnet.booking.reply;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.booking.client.ClientRegistry;
import com.clinicnet.booking.session.BookedSession;
import com.clinicnet.booking.session.BookedSessions;
import com.clinicnet.booking.session.SessionLifecycle;
import com.clinicnet.platform.problem.ConflictException;
import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.replylink.ReplyAction;
import com.clinicnet.platform.replylink.ReplyLink;
import com.clinicnet.platform.replylink.ReplyLinks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Applies a client's reply to a reminder: a signed link (once, until the session starts, only to the time the
 * reminder named) or a text naming their next session. Confirming records that they will come; cancelling is the
 * client's own cancellation, notice period and all.
 */
@Service
class SessionReplies {

    private final ReplyLinks links;
    private final ReplyRepository replies;
    private final BookedSessions sessions;
    private final SessionLifecycle lifecycle;
    private final ClientRegistry clients;
    private final MeterRegistry meters;
    private final Clock clock;

    SessionReplies(ReplyLinks links, ReplyRepository replies, BookedSessions sessions, SessionLifecycle lifecycle,
            ClientRegistry clients, MeterRegistry meters, Clock clock) {
        this.links = links;
        this.replies = replies;
        this.sessions = sessions;
        this.lifecycle = lifecycle;
        this.clients = clients;
        this.meters = meters;
        this.clock = clock;
    }

    /** What the link would do, for the page that asks the client to go ahead (a GET must change nothing). */
    @Transactional(readOnly = true)
    LinkedSession describe(String token) {
        ReplyLink link = linkOf(token);
        Optional<BookedSession> session = bookedAsLinked(link);
        boolean used = replies.wasUsed(link);
        boolean usable = session.isPresent() && !used && ReplyLinks.isValidAt(link, clock.instant());
        return new LinkedSession(link, session, used, usable, replies.confirmedAt(link.sessionId()).isPresent());
    }

    @Transactional
    Replied reply(String token) {
        ReplyLink link = linkOf(token);
        Instant now = clock.instant();
        if (!ReplyLinks.isValidAt(link, now)) {
            throw new ConflictException("The session has started, so this link no longer works");
        }
        if (!replies.use(link, now)) {
            return new Replied(link, counted(ReplyChannel.LINK, ReplyOutcome.alreadyDone(link.action())));
        }
        BookedSession session = bookedAsLinked(link).orElseThrow(() -> new ConflictException(
                "This session is no longer booked at the time the reminder named (cancelled or moved)"));
        return new Replied(link, counted(ReplyChannel.LINK, apply(link.action(), session, ReplyChannel.LINK, now)));
    }

    /** A text from a phone: its one client's next session, if the text says yes or no. */
    @Transactional
    ReplyOutcome replyByText(String phone, String text) {
        Instant now = clock.instant();
        Optional<ReplyAction> meaning = ReplyWords.meaningOf(text);
        Optional<BookedSession> next = clients.onlyClientWithPhone(phone)
                .flatMap(client -> sessions.nextOfClient(client, now));
        if (meaning.isEmpty() || next.isEmpty()) {
            return counted(ReplyChannel.SMS, ReplyOutcome.NOT_UNDERSTOOD);
        }
        return counted(ReplyChannel.SMS, apply(meaning.get(), next.get(), ReplyChannel.SMS, now));
    }

    private ReplyOutcome apply(ReplyAction action, BookedSession session, ReplyChannel via, Instant now) {
        if (action == ReplyAction.CANCEL) {
            lifecycle.cancelForClient(session.id(), session.clientId());
            return ReplyOutcome.CANCELLED;
        }
        return replies.confirm(session.id(), via, now) ? ReplyOutcome.CONFIRMED : ReplyOutcome.ALREADY_CONFIRMED;
    }

    /** The session still booked for the link's client at the time the reminder named. */
    private Optional<BookedSession> bookedAsLinked(ReplyLink link) {
        return sessions.find(link.sessionId()).filter(session -> session.clientId().equals(link.clientId())
                && session.startsAt().equals(link.validUntil()));
    }

    private ReplyLink linkOf(String token) {
        return links.read(token).orElseThrow(() -> new NotFoundException("Reply link", "in the message"));
    }

    // by channel and outcome only: never a client or a session
    private ReplyOutcome counted(ReplyChannel channel, ReplyOutcome outcome) {
        Counter.builder("clinicnet.booking.replies").description("Replies to reminders, by channel and outcome")
                .tag("channel", channel.name()).tag("outcome", outcome.name()).register(meters).increment();
        return outcome;
    }

    /** What using a link did. */
    record Replied(ReplyLink link, ReplyOutcome outcome) {
    }

    /** A reply link and the session it names, if still booked as the reminder said. */
    record LinkedSession(ReplyLink link, Optional<BookedSession> session, boolean used, boolean usable,
            boolean confirmed) {

        UUID sessionId() {
            return link.sessionId();
        }
    }
}
