package com.clinicnet.therapist.specialty;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record SpecialtyRequest(
        @NotBlank @Pattern(regexp = "[A-Z_]{2,40}", message = "must be an upper-case code such as LOWER_BACK") String code,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 500) String description,
        @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z_]{2,40}") String> addressesConcerns) {

    Specialty toSpecialty() {
        return new Specialty(code, name.strip(), description.strip(), addressesConcerns);
    }
}
