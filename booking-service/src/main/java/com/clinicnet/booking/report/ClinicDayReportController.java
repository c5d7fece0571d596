package com.clinicnet.booking.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.security.AllowedRoles;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@Tag(name = "Reports", description = "Aggregates for operations, with no personal data")
@RestController
class ClinicDayReportController {

    private final ClinicDayReports reports;

    ClinicDayReportController(ClinicDayReports reports) {
        this.reports = reports;
    }

    @Operation(summary = "Per clinic and local date: sessions booked and held, outcomes, shift utilisation, plans and "
            + "follow-ups", description = "OPS and ADMIN only (others 403). One row per clinic and date of the period, "
            + "days with nothing included, ordered by clinic name then date. No personal data.")
    @GetMapping("/reports/clinic-days")
    List<ClinicDay> clinicDays(@AllowedRoles({ Role.OPS, Role.ADMIN }) Caller caller,
            @Parameter(description = "First date, included, in each clinic's own zone")
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last date, included; at most 92 days from the first")
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Only this clinic (404 when booking knows no such clinic)")
            @RequestParam(required = false) UUID clinicId) {
        return reports.clinicDays(caller, from, to, clinicId);
    }
}
