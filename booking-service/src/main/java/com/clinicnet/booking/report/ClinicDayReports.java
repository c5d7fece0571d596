package com.clinicnet.booking.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.clinicnet.platform.problem.NotFoundException;
import com.clinicnet.platform.security.Caller;
import com.clinicnet.platform.security.Role;

/**
 * The clinic-days report for operations and administrators: per clinic and local date, the sessions booked and held,
 * their outcomes, the shift time they fill, and how treatment plans and their follow-ups went. Counts only, never a
 * person. Read in one transaction, so the figures and the shifts are of one moment.
 */
@Service
class ClinicDayReports {

    private final ClinicDayReadModel readModel;
    private final int maxDays;

    ClinicDayReports(ClinicDayReadModel readModel, @Value("${clinicnet.reports.max-days}") int maxDays) {
        this.readModel = readModel;
        this.maxDays = maxDays;
    }

    @Transactional(readOnly = true)
    public List<ClinicDay> clinicDays(Caller caller, LocalDate from, LocalDate to, UUID clinicId) {
        caller.requireAny(Role.OPS, Role.ADMIN);
        ReportPeriod period = ReportPeriod.of(from, to, maxDays);
        List<ReportedClinic> clinics = readModel.clinics(clinicId);
        if (clinicId != null && clinics.isEmpty()) {
            throw new NotFoundException("Clinic", clinicId);
        }
        if (clinics.isEmpty()) {
            return List.of();
        }
        Instant earliest = clinics.stream().map(clinic -> period.startIn(clinic.timeZone()))
                .min(Comparator.naturalOrder()).orElseThrow();
        Instant latest = clinics.stream().map(clinic -> period.endIn(clinic.timeZone()))
                .max(Comparator.naturalOrder()).orElseThrow();
        List<TherapistShifts> therapists = readModel.therapists(clinics.stream().map(ReportedClinic::id).toList(),
                earliest, latest);
        return ClinicDayReport.rows(period, clinics, readModel.figures(period, clinicId),
                ShiftMinutes.of(period, clinics, therapists));
    }
}
