package com.clinicnet.booking.disruption;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.DirectoryReadModel;
import com.clinicnet.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
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
        return disruptions.openAt(caller, clinicId).stream().map(this::response).toList();
    }

    private DisruptionResponse response(Disruption disruption) {
        ZoneId zone = zoneOf(disruption.clinicId());
        return new DisruptionResponse(disruption.sessionId(), disruption.clientId(), disruption.therapistId(),
                disruption.clinicId(), at(disruption.startsAt(), zone), at(disruption.endsAt(), zone), zone.getId(),
                disruption.cause().published(), disruption.detectedAt(),
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
            OffsetDateTime ends, String timeZone, String cause, Instant detectedAt,
            List<AlternativeResponse> alternatives) {
    }

    /** A slot offered instead, in the zone of its own clinic. */
    record AlternativeResponse(UUID therapistId, UUID clinicId, OffsetDateTime starts, OffsetDateTime ends,
            String timeZone) {
    }
}
