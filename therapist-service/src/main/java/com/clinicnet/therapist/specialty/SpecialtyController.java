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

@RestController
class SpecialtyController {

    private final SpecialtyCatalog catalog;

    SpecialtyController(SpecialtyCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/specialties")
    List<Specialty> all(Caller caller) {
        return catalog.all(caller);
    }

    @PostMapping("/specialties")
    ResponseEntity<Specialty> add(@AllowedRoles({ Role.ADMIN }) Caller caller,
            @Valid @RequestBody SpecialtyRequest request) {
        Specialty specialty = catalog.add(caller, request.toSpecialty());
        return ResponseEntity.created(URI.create("/specialties/" + specialty.code())).body(specialty);
    }
}
