package com.clinicnet.web.frontdesk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.clinicnet.web.services.ClinicHours;
import com.clinicnet.web.services.ResourceNotFoundException;
import com.clinicnet.web.services.StaffBookings;
import com.clinicnet.web.services.Therapist;
import com.clinicnet.web.services.TherapistService;
import com.clinicnet.web.signin.SignedIn;
import com.clinicnet.web.signin.StaffPages;

/** One therapist's week at the desk's clinic, Monday to Sunday, day by day. */
@Controller
class WeekController {

    private final FrontDeskClinics clinics;
    private final StaffBookings bookings;
    private final TherapistService therapists;

    WeekController(FrontDeskClinics clinics, StaffBookings bookings, TherapistService therapists) {
        this.clinics = clinics;
        this.bookings = bookings;
        this.therapists = therapists;
    }

    /** The day page's picker: the chosen therapist's week. */
    @GetMapping(StaffPages.FRONT_DESK + "/clinics/{clinicId}/week")
    String picked(@PathVariable UUID clinicId, @RequestParam UUID therapistId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from) {
        return "redirect:" + StaffPages.FRONT_DESK + "/clinics/" + clinicId + "/therapists/" + therapistId + "/week"
                + (from != null ? "?from=" + from : "");
    }

    @GetMapping(StaffPages.FRONT_DESK + "/clinics/{clinicId}/therapists/{therapistId}/week")
    String week(SignedIn desk, @PathVariable UUID clinicId, @PathVariable UUID therapistId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            Model model) {
        ClinicHours clinic = clinics.served(desk, clinicId);
        // only a therapist who works at this clinic has a week here
        Therapist therapist = therapists.therapistsAt(clinicId).stream().filter(one -> one.id().equals(therapistId))
                .findFirst().orElseThrow(() -> new ResourceNotFoundException("therapist"));
        LocalDate monday = clinics.dayOrToday(clinic, from).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        model.addAttribute("clinic", clinic);
        model.addAttribute("therapist", therapist);
        model.addAttribute("monday", monday);
        model.addAttribute("previous", monday.minusWeeks(1));
        model.addAttribute("next", monday.plusWeeks(1));
        model.addAttribute("week", Week.of(monday,
                bookings.sessionsOf(therapistId, monday, monday.plusDays(6)).stream()
                        .filter(session -> clinicId.equals(session.clinicId())).toList()));
        return "front-desk/week";
    }
}
