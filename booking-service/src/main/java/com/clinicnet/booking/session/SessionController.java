package com.clinicnet.booking.session;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.problem.BadRequestException;
import com.clinicnet.platform.security.AllowedRoles;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

import jakarta.validation.Valid;

import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/sessions")
class SessionController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 100;

    private final IdempotentBooking booking;
    private final SessionLookup lookup;
    private final SessionLifecycle lifecycle;
    private final SessionRescheduling rescheduling;
    private final DeadlockRetry deadlockRetry;
    private final JsonMapper json;

    SessionController(IdempotentBooking booking, SessionLookup lookup, SessionLifecycle lifecycle,
            SessionRescheduling rescheduling, DeadlockRetry deadlockRetry, JsonMapper json) {
        this.booking = booking;
        this.lookup = lookup;
        this.lifecycle = lifecycle;
        this.rescheduling = rescheduling;
        this.deadlockRetry = deadlockRetry;
        this.json = json;
    }

    /** Books a session; the Idempotency-Key makes a retried request safe. */
    @PostMapping
    ResponseEntity<String> book(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @Valid @RequestBody SessionRequest request) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new BadRequestException(IDEMPOTENCY_KEY, "A header of 1 to " + MAX_KEY_LENGTH
                    + " characters is required, the same for every retry of this request");
        }
        IdempotentAnswer answer = deadlockRetry.retried(() -> booking.bookOnce(caller, key, request, this::created));
        return ResponseEntity.status(answer.status()).location(URI.create(answer.location()))
                .contentType(MediaType.APPLICATION_JSON).body(answer.body());
    }

    private IdempotentAnswer created(Session session) {
        return new IdempotentAnswer(HttpStatus.CREATED.value(), "/sessions/" + session.id(),
                json.writeValueAsString(SessionResponse.of(session)));
    }

    @GetMapping("/{id}")
    SessionResponse find(Caller caller, @PathVariable UUID id) {
        return SessionResponse.of(lookup.find(caller, id));
    }

    /** Cancels; the body, optional, names why (without one the session is cancelled as it always was). */
    @PostMapping("/{id}/cancel")
    SessionResponse cancel(Caller caller, @PathVariable UUID id,
            @RequestBody(required = false) CancelRequest request) {
        CancellationReason why = request == null ? null : request.reason();
        return SessionResponse.of(deadlockRetry.retried(() -> lifecycle.cancel(caller, id, why)));
    }

    /** The front desk marks the client arrived, on the session's day; marking again answers the same session. */
    @PostMapping("/{id}/arrival")
    SessionResponse arrival(Caller caller, @PathVariable UUID id) {
        return SessionResponse.of(deadlockRetry.retried(() -> lifecycle.arrive(caller, id)));
    }

    @PostMapping("/{id}/reschedule")
    SessionResponse reschedule(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller,
            @PathVariable UUID id, @Valid @RequestBody RescheduleRequest request) {
        return SessionResponse.of(deadlockRetry.retried(() -> rescheduling.reschedule(caller, id, request)));
    }

    @PostMapping("/{id}/complete")
    SessionResponse complete(Caller caller, @PathVariable UUID id) {
        return SessionResponse.of(deadlockRetry.retried(() -> lifecycle.complete(caller, id)));
    }

    @PostMapping("/{id}/no-show")
    SessionResponse noShow(Caller caller, @PathVariable UUID id) {
        return SessionResponse.of(deadlockRetry.retried(() -> lifecycle.noShow(caller, id)));
    }
}
