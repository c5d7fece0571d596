package com.clinicnet.therapist.specialty;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SpecialtyController {

    private final SpecialtyCatalog catalog;

    SpecialtyController(SpecialtyCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/specialties")
    List<Specialty> all() {
        return catalog.all();
    }
}
