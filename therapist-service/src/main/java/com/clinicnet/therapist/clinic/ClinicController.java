package com.clinicnet.therapist.clinic;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
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

@RestController
@RequestMapping("/clinics")
class ClinicController {

    private final ClinicAdministration administration;

    ClinicController(ClinicAdministration administration) {
        this.administration = administration;
    }

    @PostMapping
    ResponseEntity<ClinicResponse> open(@AllowedRoles({ Role.ADMIN }) Caller caller,
            @Valid @RequestBody ClinicRequest request) {
        Clinic clinic = administration.open(caller, request);
        return ResponseEntity.created(URI.create("/clinics/" + clinic.id())).body(ClinicResponse.of(clinic));
    }

    @PutMapping("/{id}")
    ClinicResponse revise(@AllowedRoles({ Role.ADMIN }) Caller caller,
            @PathVariable UUID id, @Valid @RequestBody ClinicRequest request) {
        return ClinicResponse.of(administration.revise(caller, id, request));
    }

    @GetMapping("/{id}")
    ClinicResponse find(Caller caller, @PathVariable UUID id) {
        return ClinicResponse.of(administration.find(caller, id));
    }

    @GetMapping
    List<ClinicResponse> inCity(Caller caller, @RequestParam(required = false) String city) {
        return administration.inCity(caller, city).stream().map(ClinicResponse::of).toList();
    }
}
