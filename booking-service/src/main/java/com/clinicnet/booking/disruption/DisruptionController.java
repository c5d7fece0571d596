package com.clinicnet.booking.disruption;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.DirectoryReadModel;
import com.clinicnet.booking.session.BookedSession;
import com.clinicnet.platform.security.AllowedRoles;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Disruptions", description = "Booked sessions their therapist can no longer give, until someone decides")
@RestController
class DisruptionController {

    private final Disruptions disruptions;
    private final DirectoryReadModel directory;

    DisruptionController(Disruptions disruptions, DirectoryReadModel directory) {
        this.disruptions = disruptions;
        this.directory = directory;
    }

    @Operation(summary = "The open disruptions of a clinic: the front desk's worklist",
            description = "Sessions still booked that their therapist can no longer give (time off, a new schedule, "
                    + "a deactivation or a removal), soonest first, each with the alternatives its client was "
                    + "offered. For the front desk of the clinic and administrators; to anyone else the clinic is "
                    + "not found.")
    @SecurityRequirement(name = "bearer", scopes = { "FRONT_DESK", "ADMIN" })
    @GetMapping("/clinics/{clinicId}/disruptions")
    List<DisruptionResponse> openAt(Caller caller, @PathVariable UUID clinicId) {
        List<Disruption> open = disruptions.openAt(caller, clinicId);
        ZoneId zone = zoneOf(clinicId);
        return open.stream().map(disruption -> response(disruption, zone)).toList();
    }

    @Operation(summary = "The open disruption of a session, with the times offered instead",
            description = "For the session's client, the front desk of its clinic and administrators; to anyone "
                    + "else, and when nothing disrupts the session, not found.")
    @SecurityRequirement(name = "bearer", scopes = { "CLIENT", "FRONT_DESK", "ADMIN" })
    @GetMapping("/sessions/{id}/disruption")
    DisruptionResponse openOf(Caller caller, @PathVariable UUID id) {
        Disruption disruption = disruptions.openOf(caller, id);
        return response(disruption, zoneOf(disruption.clinicId()));
    }

    @Operation(summary = "Take a time offered instead of a disrupted session",
            description = "Moves the session to the offered time (rank 1 is the first offered), with its therapist "
                    + "and clinic, judged as a booking is; the disruption ends. Asked again once taken, it answers "
                    + "the session where it now is.")
    @ApiResponse(responseCode = "200", description = "The session, moved")
    @ApiResponse(responseCode = "409", description = "Someone else took that time meanwhile; take another")
    @ApiResponse(responseCode = "422", description = "The time can no longer be booked (the therapist no longer "
            + "works then, or a plan's session would leave its therapist)")
    @PostMapping("/sessions/{id}/disruption/alternatives/{rank}")
    MovedSessionResponse take(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller, @PathVariable UUID id,
            @PathVariable int rank) {
        BookedSession moved = disruptions.take(caller, id, rank);
        return new MovedSessionResponse(moved.id(), moved.therapistId(), moved.clinicId(),
                at(moved.startsAt(), moved.clinicTimeZone()), at(moved.endsAt(), moved.clinicTimeZone()),
                moved.clinicTimeZone().getId());
    }

    private static DisruptionResponse response(Disruption disruption, ZoneId zone) {
        return new DisruptionResponse(disruption.sessionId(), disruption.clientId(), disruption.therapistId(),
                disruption.clinicId(), at(disruption.startsAt(), zone), at(disruption.endsAt(), zone), zone.getId(),
                disruption.cause().published(), disruption.detectedAt(), disruption.escalatedAt() != null,
                disruption.alternatives().stream().map(offer -> new AlternativeResponse(offer.therapistId(),
                        offer.clinicId(), at(offer.startsAt(), offer.clinicTimeZone()),
                        at(offer.endsAt(), offer.clinicTimeZone()), offer.clinicTimeZone().getId())).toList());
    }

    private ZoneId zoneOf(UUID clinicId) {
        return directory.clinic(clinicId).map(ClinicView::timeZone).orElse(ZoneOffset.UTC);
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }

    /** A disrupted session, in its clinic's zone. */
    record DisruptionResponse(UUID sessionId, UUID clientId, UUID therapistId, UUID clinicId, OffsetDateTime starts,
            OffsetDateTime ends, String timeZone, String cause, Instant detectedAt, boolean escalated,
            List<AlternativeResponse> alternatives) {
    }

    /** The session where it now is, in its clinic's zone. */
    record MovedSessionResponse(UUID id, UUID therapistId, UUID clinicId, OffsetDateTime starts, OffsetDateTime ends,
            String timeZone) {
    }

    /** A slot offered instead, in the zone of its own clinic. */
    record AlternativeResponse(UUID therapistId, UUID clinicId, OffsetDateTime starts, OffsetDateTime ends,
            String timeZone) {
    }
}
