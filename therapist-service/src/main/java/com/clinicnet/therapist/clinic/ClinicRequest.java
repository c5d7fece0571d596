package com.clinicnet.therapist.clinic;

import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;

import com.clinicnet.platform.web.IanaTimeZone;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A clinic as staff describe it when they open or change one. */
record ClinicRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String city,
        @NotBlank @Size(max = 300) String address,
        @NotBlank @IanaTimeZone String timeZone,
        @NotNull @Min(1) @Max(100) Integer treatmentRooms,
        @NotNull @Min(0) @Max(120) Integer bufferMinutes) {

    Clinic toClinic(UUID id) {
        return new Clinic(id, name.strip(), city.strip(), address.strip(), ZoneId.of(timeZone), treatmentRooms,
                Duration.ofMinutes(bufferMinutes), 1);
    }
}
