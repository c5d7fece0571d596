package com.clinicnet.therapist.clinic;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

@Tag(name = "Clinics", description = "The clinics of the network: address, zone, opening hours, rooms and session "
        + "types")
@RestController
@RequestMapping("/clinics")
class ClinicController {

    private final ClinicAdministration administration;

    ClinicController(ClinicAdministration administration) {
        this.administration = administration;
    }

    @Operation(summary = "Open a clinic")
    @ApiResponse(responseCode = "201", description = "Opened; Location names the clinic",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClinicResponse.class)))
    @ApiResponse(responseCode = "422", description = "No treatment room, a negative buffer, a session type other than "
            + "30, 60 or 90 minutes, or opening hours that end before they start")
    @PostMapping
    ResponseEntity<ClinicResponse> open(@AllowedRoles({ Role.ADMIN }) Caller caller,
            @Valid @RequestBody ClinicRequest request) {
        Clinic clinic = administration.open(caller, request);
        return ResponseEntity.created(URI.create("/clinics/" + clinic.id())).body(ClinicResponse.of(clinic));
    }

    @Operation(summary = "Change a clinic")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "422", description = "No treatment room, a negative buffer, a session type other than "
            + "30, 60 or 90 minutes, or opening hours that end before they start")
    @PutMapping("/{id}")
    ClinicResponse revise(@AllowedRoles({ Role.ADMIN }) Caller caller,
            @PathVariable UUID id, @Valid @RequestBody ClinicRequest request) {
        return ClinicResponse.of(administration.revise(caller, id, request));
    }

    @Operation(summary = "A clinic")
    @SecurityRequirement(name = "bearer", scopes = { "CLIENT", "THERAPIST", "FRONT_DESK", "OPS", "ADMIN" })
    @GetMapping("/{id}")
    ClinicResponse find(Caller caller, @PathVariable UUID id) {
        return ClinicResponse.of(administration.find(caller, id));
    }

    @Operation(summary = "The clinics, of a city or all")
    @SecurityRequirement(name = "bearer", scopes = { "CLIENT", "THERAPIST", "FRONT_DESK", "OPS", "ADMIN" })
    @GetMapping
    List<ClinicResponse> inCity(Caller caller, @RequestParam(required = false) String city) {
        return administration.inCity(caller, city).stream().map(ClinicResponse::of).toList();
    }

    @Operation(summary = "The days the clinic is closed, from today on")
    @SecurityRequirement(name = "bearer", scopes = { "CLIENT", "THERAPIST", "FRONT_DESK", "OPS", "ADMIN" })
    @GetMapping("/{id}/closures")
    List<Closure> closures(Caller caller, @PathVariable UUID id) {
        return administration.closuresOf(caller, id);
    }

    @Operation(summary = "Close the clinic for a day",
            description = "A holiday or a closure, in the clinic's local calendar. Booking stops offering that day and "
                    + "marks every session booked on it disrupted: each client hears at once, with other times.")
    @ApiResponse(responseCode = "201", description = "Closed that day",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Closure.class)))
    @ApiResponse(responseCode = "409", description = "The clinic is already closed that day")
    @ApiResponse(responseCode = "422", description = "The day is already past")
    @PostMapping("/{id}/closures")
    ResponseEntity<Closure> close(@AllowedRoles({ Role.ADMIN }) Caller caller, @PathVariable UUID id,
            @Valid @RequestBody ClosureRequest request) {
        Closure closure = administration.close(caller, id, request.toClosure());
        return ResponseEntity.created(URI.create("/clinics/" + id + "/closures/" + closure.date())).body(closure);
    }

    @Operation(summary = "Open a closed day again")
    @ApiResponse(responseCode = "204", description = "Open again")
    @DeleteMapping("/{id}/closures/{date}")
    ResponseEntity<Void> reopen(@AllowedRoles({ Role.ADMIN }) Caller caller, @PathVariable UUID id,
            @PathVariable LocalDate date) {
        administration.reopen(caller, id, date);
        return ResponseEntity.noContent().build();
    }
}
