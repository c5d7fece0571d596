package com.clinicnet.booking.reply;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.booking.session.BookedSession;
import com.clinicnet.platform.replylink.ReplyAction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Replies", description = "Clients answering their reminders without signing in")
@RestController
class ReplyController {

    private final SessionReplies replies;

    ReplyController(SessionReplies replies) {
        this.replies = replies;
    }

    @Operation(summary = "What a reminder's reply link would do",
            description = "No token: the signed link is the proof. Changes nothing, so a mail scanner opening the "
                    + "link does no harm; the web shows it and asks the client to go ahead.")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "The link and its session (times null when no longer booked "
            + "as the reminder said)")
    @ApiResponse(responseCode = "404", description = "Not a link of ours, or altered")
    @GetMapping("/replies/{token}")
    LinkResponse describe(@PathVariable String token) {
        SessionReplies.LinkedSession linked = replies.describe(token);
        Optional<BookedSession> session = linked.session();
        return new LinkResponse(linked.link().action(), linked.sessionId(),
                session.map(booked -> local(booked.startsAt(), booked)).orElse(null),
                session.map(booked -> local(booked.endsAt(), booked)).orElse(null),
                session.map(booked -> booked.clinicTimeZone().getId()).orElse(null),
                session.map(BookedSession::clinicId).orElse(null),
                session.map(BookedSession::therapistId).orElse(null),
                linked.usable(), linked.used(), linked.confirmed());
    }

    private static OffsetDateTime local(java.time.Instant instant, BookedSession session) {
        return instant.atZone(session.clinicTimeZone()).toOffsetDateTime();
    }

    @Operation(summary = "Use a reminder's reply link: confirm or cancel its session",
            description = "Once: a second use answers what the first did. Valid until the session starts, and only "
                    + "for the time the reminder named. A cancellation is the client's own (their notice period "
                    + "applies).")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "Done (or done before)")
    @ApiResponse(responseCode = "404", description = "Not a link of ours, or altered")
    @ApiResponse(responseCode = "409", description = "The session has started, or is no longer booked at that time")
    @PostMapping("/replies/{token}")
    ReplyResponse reply(@PathVariable String token) {
        SessionReplies.Replied replied = replies.reply(token);
        return new ReplyResponse(replied.link().action(), replied.link().sessionId(), replied.outcome());
    }

    /** What a link does and to which session, in its clinic's zone. */
    record LinkResponse(ReplyAction action, UUID sessionId, OffsetDateTime starts, OffsetDateTime ends,
            String timeZone, UUID clinicId, UUID therapistId, boolean usable, boolean used, boolean confirmed) {
    }

    record ReplyResponse(ReplyAction action, UUID sessionId, ReplyOutcome outcome) {
    }
}
