package com.clinicnet.booking.intake;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.security.AllowedRoles;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

@Tag(name = "Intake", description = "A client's concerns and red flags: health data, kept only in booking-service")
@RestController
class IntakeController {

    private final IntakeRecords intakes;

    IntakeController(IntakeRecords intakes) {
        this.intakes = intakes;
    }

    @Operation(summary = "Record a client's intake",
            description = "Replaces the previous one; recorded in the audit trail.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "422", description = "No specialty of the network addresses these concerns")
    @PostMapping("/clients/{clientId}/intake")
    @ResponseStatus(HttpStatus.CREATED)
    IntakeResponse record(@AllowedRoles({ Role.CLIENT, Role.FRONT_DESK }) Caller caller, @PathVariable UUID clientId,
            @Valid @RequestBody IntakeRequest request) {
        return IntakeResponse.of(intakes.record(caller, clientId, request));
    }

    @Operation(summary = "A client's intake",
            description = "Every read is audited.")
    @SecurityRequirement(name = "bearer", scopes = { "CLIENT", "FRONT_DESK" })
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "The caller's role may not do this")
    @GetMapping("/clients/{clientId}/intake")
    IntakeResponse find(Caller caller, @PathVariable UUID clientId) {
        return IntakeResponse.of(intakes.find(caller, clientId));
    }
}
