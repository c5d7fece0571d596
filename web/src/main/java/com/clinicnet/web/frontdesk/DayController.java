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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.clinicnet.web.services.ClinicHours;
import com.clinicnet.web.services.StaffBookings;
import com.clinicnet.web.services.TherapistService;
import com.clinicnet.web.signin.SignedIn;
import com.clinicnet.web.signin.StaffPages;

/** The front desk's clinics, a clinic's day (page, live grid fragment, printable sheet). */
@Controller
@RequestMapping(StaffPages.FRONT_DESK)
class DayController {

    private final FrontDeskClinics clinics;
    private final StaffBookings bookings;
    private final TherapistService therapists;
    private final FrontDeskProperties properties;

    DayController(FrontDeskClinics clinics, StaffBookings bookings, TherapistService therapists,
            FrontDeskProperties properties) {
        this.clinics = clinics;
        this.bookings = bookings;
        this.therapists = therapists;
        this.properties = properties;
    }

    /** A desk with one clinic goes straight to its day; one with several chooses. */
    @GetMapping
    String start(SignedIn desk, Model model) {
        if (desk.clinicIds().size() == 1) {
            return "redirect:" + StaffPages.FRONT_DESK + "/clinics/" + desk.clinicIds().iterator().next() + "/day";
        }
        model.addAttribute("clinics", desk.clinicIds().stream().map(therapists::clinic)
                .sorted(java.util.Comparator.comparing(com.clinicnet.web.services.Clinic::name)).toList());
        return "front-desk/clinics";
    }

    @GetMapping("/clinics/{clinicId}/day")
    String day(SignedIn desk, @PathVariable UUID clinicId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model) {
        ClinicHours clinic = clinics.served(desk, clinicId);
        LocalDate day = clinics.dayOrToday(clinic, date);
        dayModel(model, clinic, day);
        model.addAttribute("previous", day.minusDays(1));
        model.addAttribute("next", day.plusDays(1));
        model.addAttribute("weekStart", day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        model.addAttribute("therapists", therapists.therapistsAt(clinicId));
        model.addAttribute("reasons", CancellationReason.values());
        return "front-desk/day";
    }

    /** The grid alone, which the page fetches again when the live feed says the day changed. */
    @GetMapping("/clinics/{clinicId}/day/grid")
    String grid(SignedIn desk, @PathVariable UUID clinicId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model) {
        ClinicHours clinic = clinics.served(desk, clinicId);
        dayModel(model, clinic, clinics.dayOrToday(clinic, date));
        model.addAttribute("reasons", CancellationReason.values());
        return "front-desk/day :: grid";
    }

    @GetMapping("/clinics/{clinicId}/day/sheet")
    String sheet(SignedIn desk, @PathVariable UUID clinicId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model) {
        ClinicHours clinic = clinics.served(desk, clinicId);
        dayModel(model, clinic, clinics.dayOrToday(clinic, date));
        return "front-desk/sheet";
    }

    private void dayModel(Model model, ClinicHours clinic, LocalDate day) {
        model.addAttribute("clinic", clinic);
        model.addAttribute("day", day);
        model.addAttribute("clinicDay", ClinicDay.of(clinic, day, bookings.sessionsAt(clinic.id(), day),
                properties.gridStep()));
    }
}
