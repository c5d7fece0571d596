package com.clinicnet.therapist.specialty;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
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

@Tag(name = "Specialties", description = "The catalogue of specialties and the concerns each addresses")
@RestController
class SpecialtyController {

    private final SpecialtyCatalog catalog;

    SpecialtyController(SpecialtyCatalog catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "The specialty catalogue")
    @SecurityRequirement(name = "bearer", scopes = { "CLIENT", "THERAPIST", "FRONT_DESK", "OPS", "ADMIN" })
    @GetMapping("/specialties")
    List<Specialty> all(Caller caller) {
        return catalog.all(caller);
    }

    @Operation(summary = "Add a specialty to the catalogue")
    @ApiResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Specialty.class)))
    @ApiResponse(responseCode = "409", description = "The specialty is already in the catalogue")
    @PostMapping("/specialties")
    ResponseEntity<Specialty> add(@AllowedRoles({ Role.ADMIN }) Caller caller,
            @Valid @RequestBody SpecialtyRequest request) {
        Specialty specialty = catalog.add(caller, request.toSpecialty());
        return ResponseEntity.created(URI.create("/specialties/" + specialty.code())).body(specialty);
    }
}
