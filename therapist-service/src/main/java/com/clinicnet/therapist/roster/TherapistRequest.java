package com.clinicnet.therapist.roster;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record TherapistRequest(
        @NotBlank @Size(max = 200) String name,
        @Valid CredentialsRequest credentials,
        @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code") String> languages,
        @NotEmpty @Size(max = 20) Set<@NotNull UUID> clinicIds,
        @NotEmpty @Size(max = 20) List<@Valid @NotNull SpecialtyLevelRequest> specialties) {

    record CredentialsRequest(@NotBlank @Size(max = 50) String licenceNumber, @NotBlank @Size(max = 200) String issuingBody) {
    }

    record SpecialtyLevelRequest(
            @NotBlank @Pattern(regexp = "[A-Z_]{2,40}") String code,
            @NotNull @Min(1) @Max(3) Integer level) {
    }

    Therapist toTherapist(UUID id, boolean active, long version) {
        return new Therapist(id, name.strip(),
                credentials == null ? null : new Therapist.Credentials(credentials.licenceNumber(), credentials.issuingBody()),
                languages == null ? List.of() : languages, active, clinicIds,
                specialties.stream().map(s -> new Therapist.SpecialtyLevel(s.code(), s.level())).toList(), version);
    }
}
