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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

@Tag(name = "Sessions", description = "Booking, changing and recording a client's sessions")
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
    @Operation(summary = "Book a session",
            description = "The Idempotency-Key makes a retried request safe: the same key and body answer the first "
                    + "answer again, a different body with the same key is 422.")
    @ApiResponse(responseCode = "201", description = "Booked; Location names the session",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = SessionResponse.class)))
    @ApiResponse(responseCode = "409", description = "The therapist, or every treatment room of the clinic, is taken "
            + "at that time")
    @ApiResponse(responseCode = "422", description = "Breaks a booking rule: an unknown clinic or therapist, one who "
            + "no longer takes bookings or does not work there then, a length the clinic does not offer, a start off "
            + "the quarter hour, a key used before for another request, or a red flag in the intake")
    @PostMapping
    ResponseEntity<String> book(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller,
            @Parameter(required = true, description = "1 to 100 characters chosen by the caller, the same for every "
                    + "retry of this request (a UUID will do)")
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

    @Operation(summary = "A session")
    @SecurityRequirement(name = "bearer", scopes = { "CLIENT", "THERAPIST", "FRONT_DESK", "OPS" })
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller's role may not do this")
    @GetMapping("/{id}")
    SessionResponse find(Caller caller, @PathVariable UUID id) {
        return SessionResponse.of(lookup.find(caller, id));
    }

    /** Cancels; the body, optional, names why (without one the session is cancelled as it always was). */
    @Operation(summary = "Cancel a session",
            description = "The client of the session or the front desk of its clinic; the body, optional, names why.")
    @SecurityRequirement(name = "bearer", scopes = { "CLIENT", "FRONT_DESK" })
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller's role may not do this")
    @ApiResponse(responseCode = "409", description = "The session is no longer booked (cancelled, held or missed)")
    @ApiResponse(responseCode = "422", description = "The session has started")
    @PostMapping("/{id}/cancel")
    SessionResponse cancel(Caller caller, @PathVariable UUID id,
            @RequestBody(required = false) CancelRequest request) {
        CancellationReason why = request == null ? null : request.reason();
        return SessionResponse.of(deadlockRetry.retried(() -> lifecycle.cancel(caller, id, why)));
    }

    /** The front desk marks the client arrived, on the session's day; marking again answers the same session. */
    @Operation(summary = "Mark the client arrived",
            description = "The front desk of the session's clinic, on the session's day; marking again answers the "
                    + "same session. To anyone else the session is not found.")
    @SecurityRequirement(name = "bearer", scopes = { "FRONT_DESK" })
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "409", description = "Not the session's day, or the session is no longer booked")
    @PostMapping("/{id}/arrival")
    SessionResponse arrival(Caller caller, @PathVariable UUID id) {
        return SessionResponse.of(deadlockRetry.retried(() -> lifecycle.arrive(caller, id)));
    }

    @Operation(summary = "Move a session to another time",
            description = "Same therapist and clinic; the database judges the new time as it judges a booking.")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "409", description = "The new time is taken, or the session is no longer booked")
    @ApiResponse(responseCode = "422", description = "Breaks a booking rule at the new time, or the session has "
            + "started")
    @PostMapping("/{id}/reschedule")
    SessionResponse reschedule(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller,
            @PathVariable UUID id, @Valid @RequestBody RescheduleRequest request) {
        return SessionResponse.of(deadlockRetry.retried(() -> rescheduling.reschedule(caller, id, request)));
    }

    @Operation(summary = "Record a session as held",
            description = "Its therapist or the front desk of its clinic, once it has started.")
    @SecurityRequirement(name = "bearer", scopes = { "THERAPIST", "FRONT_DESK" })
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller's role may not do this")
    @ApiResponse(responseCode = "409", description = "The session is no longer booked")
    @ApiResponse(responseCode = "422", description = "The session has not started yet")
    @PostMapping("/{id}/complete")
    SessionResponse complete(Caller caller, @PathVariable UUID id) {
        return SessionResponse.of(deadlockRetry.retried(() -> lifecycle.complete(caller, id)));
    }

    @Operation(summary = "Record that the client did not come",
            description = "Its therapist or the front desk of its clinic, once it has started.")
    @SecurityRequirement(name = "bearer", scopes = { "THERAPIST", "FRONT_DESK" })
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller's role may not do this")
    @ApiResponse(responseCode = "409", description = "The session is no longer booked")
    @ApiResponse(responseCode = "422", description = "The session has not started yet")
    @PostMapping("/{id}/no-show")
    SessionResponse noShow(Caller caller, @PathVariable UUID id) {
        return SessionResponse.of(deadlockRetry.retried(() -> lifecycle.noShow(caller, id)));
    }
}
