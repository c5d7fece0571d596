package com.clinicnet.booking.client;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import com.clinicnet.platform.web.IanaTimeZone;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record ClientRequest(
        @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be in international format, e.g. +351912345678")
        String phone,
        @NotBlank @IanaTimeZone String timeZone,
        @NotBlank @Pattern(regexp = "[a-z]{2}", message = "must be a two-letter language code such as en or pt")
        String language,
        @NotNull ContactChannel preferredChannel,
        @Valid QuietHoursRequest quietHours,
        Boolean remindersOptOut,
        // a walk-in's registering clinic, when the front desk serves several; ignored for anyone else
        UUID registeringClinicId) {

    record QuietHoursRequest(@NotNull LocalTime from, @NotNull LocalTime to) {
    }

    /** The field that makes the preferred channel unusable, if any (email without an address, SMS without a phone). */
    String unreachableField() {
        return Client.unreachableField(preferredChannel, blankToNull(email), blankToNull(phone));
    }

    Client toClient(UUID id, long version) {
        return new Client(id, name.strip(), blankToNull(email), blankToNull(phone), ZoneId.of(timeZone), language,
                preferredChannel, quietHours == null ? null : new Client.QuietHours(quietHours.from(), quietHours.to()),
                Boolean.TRUE.equals(remindersOptOut), version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
