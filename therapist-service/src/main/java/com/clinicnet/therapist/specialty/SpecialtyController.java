package com.clinicnet.therapist.specialty;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

@RestController
class SpecialtyController {

    private final SpecialtyCatalog catalog;

    SpecialtyController(SpecialtyCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/specialties")
    List<Specialty> all(Caller caller) {
        caller.requireAny(Role.values());
        return catalog.all();
    }
}
