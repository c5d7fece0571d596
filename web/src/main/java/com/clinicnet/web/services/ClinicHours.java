package com.clinicnet.web.services;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A clinic as its front desk lays out a day: its zone, its treatment rooms and its opening hours. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClinicHours(UUID id, String name, String city, String timeZone, int treatmentRooms,
        List<Opening> openingHours) {

    public ClinicHours {
        openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
    }

    /** Open on a weekday from {@code opens} to {@code closes}, in the clinic's local time. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Opening(DayOfWeek weekday, LocalTime opens, LocalTime closes) {
    }
}
