package com.clinicnet.booking.plan;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.security.AllowedRoles;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

@Tag(name = "Treatment plans", description = "A series of sessions with one therapist for one concern")
@RestController
class PlanController {

    private final TreatmentPlans plans;
    private final PlanChanges changes;

    PlanController(TreatmentPlans plans, PlanChanges changes) {
        this.plans = plans;
        this.changes = changes;
    }

    @Operation(summary = "Start a treatment plan")
    @ApiResponse(responseCode = "201", description = "Started; Location names the plan",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TreatmentPlan.class)))
    @ApiResponse(responseCode = "422", description = "An unknown clinic, or a therapist who does not work there")
    @PostMapping("/treatment-plans")
    ResponseEntity<TreatmentPlan> start(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller,
            @Valid @RequestBody PlanRequest request) {
        TreatmentPlan plan = plans.start(caller, request);
        return ResponseEntity.created(URI.create("/treatment-plans/" + plan.id())).body(plan);
    }

    @Operation(summary = "A treatment plan")
    @SecurityRequirement(name = "bearer", scopes = { "CLIENT", "THERAPIST", "FRONT_DESK", "OPS" })
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller's role may not do this")
    @GetMapping("/treatment-plans/{id}")
    TreatmentPlan find(Caller caller, @PathVariable UUID id) {
        return plans.find(caller, id);
    }

    @Operation(summary = "Change a treatment plan while it runs",
            description = "Its number of sessions or their cadence in days (either may be left out). Shortened to the "
                    + "sessions already given, it is completed. For its client, its therapist and its clinic's front "
                    + "desk; to anyone else it is not found.")
    @SecurityRequirement(name = "bearer", scopes = { "CLIENT", "THERAPIST", "FRONT_DESK" })
    @ApiResponse(responseCode = "200", description = "The plan as changed")
    @ApiResponse(responseCode = "403", description = "The caller's role may not do this")
    @ApiResponse(responseCode = "409", description = "The plan was already completed or ended")
    @ApiResponse(responseCode = "422", description = "Fewer sessions than were already given")
    @PatchMapping("/treatment-plans/{id}")
    TreatmentPlan change(Caller caller, @PathVariable UUID id, @Valid @RequestBody PlanChangeRequest request) {
        return changes.change(caller, id, request);
    }

    @Operation(summary = "End a treatment plan early",
            description = "No more follow-ups; sessions already booked stay booked. Ending it twice answers the same. "
                    + "For its client, its therapist and its clinic's front desk; to anyone else it is not found.")
    @SecurityRequirement(name = "bearer", scopes = { "CLIENT", "THERAPIST", "FRONT_DESK" })
    @ApiResponse(responseCode = "200", description = "The plan, ended")
    @ApiResponse(responseCode = "403", description = "The caller's role may not do this")
    @ApiResponse(responseCode = "409", description = "The plan was already completed")
    @PostMapping("/treatment-plans/{id}/end")
    TreatmentPlan end(Caller caller, @PathVariable UUID id) {
        return changes.end(caller, id);
    }

    @Operation(summary = "A client's treatment plans")
    @SecurityRequirement(name = "bearer", scopes = { "CLIENT", "FRONT_DESK", "OPS" })
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller's role may not do this")
    @GetMapping("/clients/{clientId}/treatment-plans")
    List<TreatmentPlan> ofClient(Caller caller, @PathVariable UUID clientId) {
        return plans.ofClient(caller, clientId);
    }
}
