package com.clinicnet.booking.availability;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.booking.plan.TreatmentPlans;
import com.clinicnet.platform.problem.BadRequestException;
import com.clinicnet.platform.security.Caller;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

@Tag(name = "Availability", description = "Free slots of the therapists who treat a concern, across clinics and cities")
@RestController
@Validated
class AvailabilityController {

    private final Availability availability;
    private final TreatmentPlans plans;
    private final Duration maxWindow;

    AvailabilityController(Availability availability, TreatmentPlans plans,
            @Value("${clinicnet.booking.max-search-window}") Duration maxWindow) {
        this.availability = availability;
        this.plans = plans;
        this.maxWindow = maxWindow;
    }

    @Operation(summary = "Search free slots",
            description = "By concern, clinic or city, and a window of at most the configured days; best matches "
                    + "first.")
    @SecurityRequirement(name = "bearer", scopes = { "CLIENT", "THERAPIST", "FRONT_DESK", "OPS", "ADMIN" })
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "A front desk searching for a client at a clinic it does not "
            + "serve")
    @ApiResponse(responseCode = "422", description = "No specialty addresses the concern, or a red flag in the "
            + "client's intake (see a doctor first)")
    @GetMapping("/availability")
    List<SlotResponse> search(Caller caller,
            @Parameter(description = "The specialties searched for; without it, the intake's concerns when the search "
                    + "is for a client with an intake, else any specialty")
            @RequestParam(required = false) @Pattern(regexp = "[A-Z_]{2,40}") String concern,
            @RequestParam(required = false) UUID clinicId,
            @RequestParam(required = false) @Size(max = 100) String city,
            @RequestParam OffsetDateTime from, @RequestParam OffsetDateTime to,
            @RequestParam(defaultValue = "60") int duration,
            @RequestParam(required = false) UUID therapistId,
            @RequestParam(required = false) UUID planId,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
            @Parameter(description = "FRONT_DESK only (slots at its own clinics, for a client its clinics know): "
                    + "search for this client, so their intake applies as at booking. A CLIENT's own intake applies "
                    + "without it; another client's id, or one the front desk's clinics do not know, is 404; other "
                    + "roles are 403. A red flag in the intake answers 422 (see a doctor first).")
            @RequestParam(required = false) UUID clientId) {
        if (clinicId == null && (city == null || city.isBlank())) {
            throw new BadRequestException("clinicId", "Give a clinicId or a city");
        }
        if (!from.isBefore(to)) {
            throw new BadRequestException("to", "must be after from");
        }
        // between instants: between two offsets the far ends of time cannot be brought to one offset (a 500)
        if (Duration.between(from.toInstant(), to.toInstant()).compareTo(maxWindow) > 0) {
            throw new BadRequestException("to", "A search covers at most " + maxWindow.toDays() + " days");
        }
        if (duration != 30 && duration != 60 && duration != 90) {
            throw new BadRequestException("duration", "must be 30, 60 or 90");
        }
        UUID planTherapist = planId == null ? null : plans.find(caller, planId).therapistId();
        return availability.search(caller, new AvailabilityRequest(concern, clinicId, city, from, to, duration,
                therapistId, planTherapist, limit, clientId)).stream().map(SlotResponse::of).toList();
    }

    /** A slot as a client sees it: in the clinic's zone, with its offset. */
    record SlotResponse(UUID therapistId, String therapistName, UUID clinicId, String clinicName, OffsetDateTime starts,
            OffsetDateTime ends, String timeZone, List<String> matchedSpecialties, int score) {

        static SlotResponse of(Slot slot) {
            return new SlotResponse(slot.therapistId(), slot.therapistName(), slot.clinicId(), slot.clinicName(),
                    slot.starts().toOffsetDateTime(), slot.ends().toOffsetDateTime(), slot.starts().getZone().getId(),
                    slot.matchedSpecialties(), slot.score());
        }
    }
}
