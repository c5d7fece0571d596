package com.clinicnet.booking.clinicday;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.problem.BadRequestException;
import com.clinicnet.platform.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

@Tag(name = "Clinic days", description = "The sessions of a clinic's day for its front desk, and of a therapist's days")
@RestController
class ScheduleController {

    private final Schedules schedules;
    private final int maxDays;

    ScheduleController(Schedules schedules, @Value("${clinicnet.booking.schedule-max-days}") int maxDays) {
        this.schedules = schedules;
        this.maxDays = maxDays;
    }

    @Operation(summary = "A clinic's day, or days, for its front desk (or an administrator): every session starting "
            + "then in the clinic's zone, cancelled ones included, by start and room. Anyone else, an unknown clinic "
            + "or a clinic the desk does not serve: 404")
    @SecurityRequirement(name = "bearer", scopes = { "FRONT_DESK", "ADMIN" })
    @GetMapping("/clinics/{clinicId}/sessions")
    List<ScheduledSessionResponse> clinicDay(Caller caller, @PathVariable UUID clinicId,
            @Parameter(description = "The local date of the day; or give from and to instead")
            @RequestParam(required = false) LocalDate date,
            @Parameter(description = "The first local date of a range (with to), instead of date")
            @RequestParam(required = false) LocalDate from,
            @Parameter(description = "The last local date of the range, inclusive; at most 31 days from from")
            @RequestParam(required = false) LocalDate to) {
        return schedules.ofClinic(caller, clinicId, daysOf(date, from, to));
    }

    @Operation(summary = "A therapist's sessions on the days (local dates in each session's clinic zone): for the "
            + "therapist themselves with first names and what they must know, for a front desk at its own clinics "
            + "with full names. Anyone else: 404")
    @SecurityRequirement(name = "bearer", scopes = { "THERAPIST", "FRONT_DESK" })
    @GetMapping("/therapists/{therapistId}/sessions")
    List<ScheduledSessionResponse> therapistSessions(Caller caller, @PathVariable UUID therapistId,
            @RequestParam LocalDate from,
            @Parameter(description = "The last local date, inclusive; at most 31 days from from")
            @RequestParam LocalDate to) {
        return schedules.ofTherapist(caller, therapistId, CalendarDays.between(from, to, maxDays));
    }

    private CalendarDays daysOf(LocalDate date, LocalDate from, LocalDate to) {
        if (date != null) {
            if (from != null || to != null) {
                throw new BadRequestException(from != null ? "from" : "to", "Give either a date or from and to, not "
                        + "both");
            }
            return CalendarDays.of(date);
        }
        if (from == null && to == null) {
            throw new BadRequestException("date", "is required (or from and to)");
        }
        if (from == null) {
            throw new BadRequestException("from", "is required with to");
        }
        if (to == null) {
            throw new BadRequestException("to", "is required with from");
        }
        return CalendarDays.between(from, to, maxDays);
    }
}
