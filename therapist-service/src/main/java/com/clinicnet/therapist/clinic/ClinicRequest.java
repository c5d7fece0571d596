package com.clinicnet.therapist.clinic;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.clinicnet.platform.web.IanaTimeZone;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A clinic as staff describe it when they open or change one. Session types default to 30, 60 and 90 minutes and
 * the late-cancellation notice to 24 hours; a clinic without opening hours is closed (no shift fits).
 */
record ClinicRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String city,
        @NotBlank @Size(max = 300) String address,
        @NotBlank @IanaTimeZone String timeZone,
        @NotNull @Min(1) @Max(100) Integer treatmentRooms,
        @NotNull @Min(0) @Max(120) Integer bufferMinutes,
        @Min(0) @Max(20160) Integer lateCancellationNoticeMinutes,
        @Size(min = 1, max = 3) Set<@NotNull Integer> sessionTypes,
        @Size(max = 50) List<@Valid @NotNull Hours> openingHours) {

    private static final int DEFAULT_NOTICE_MINUTES = 24 * 60;

    /** One opening interval in the clinic's local time. */
    record Hours(@NotNull DayOfWeek weekday, @NotNull LocalTime opens, @NotNull LocalTime closes) {
    }

    Clinic toClinic(UUID id) {
        return new Clinic(id, name.strip(), city.strip(), address.strip(), ZoneId.of(timeZone), treatmentRooms,
                Duration.ofMinutes(bufferMinutes),
                Duration.ofMinutes(lateCancellationNoticeMinutes == null ? DEFAULT_NOTICE_MINUTES : lateCancellationNoticeMinutes),
                sessionTypes == null ? Clinic.SESSION_TYPES : sessionTypes,
                openingHours == null ? List.of()
                        : openingHours.stream().map(h -> new OpeningHours(h.weekday(), h.opens(), h.closes())).toList(),
                1);
    }
}
