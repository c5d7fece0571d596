package com.clinicnet.web.frontdesk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicnet.web.WebProperties;
import com.clinicnet.web.services.BookingService;
import com.clinicnet.web.services.ClinicHours;
import com.clinicnet.web.services.ServiceProblemException;
import com.clinicnet.web.services.StaffBookings;
import com.clinicnet.web.services.StaffSession;
import com.clinicnet.web.signin.SignedIn;
import com.clinicnet.web.signin.StaffPages;

/**
 * What the desk does to a session of its day: the client arrived, the session is done or was missed, cancelled with
 * a reason, or moved to another time with the same therapist. Each goes back to the day, with the service's refusal
 * shown at the session when it refuses.
 */
@Controller
@RequestMapping(StaffPages.FRONT_DESK + "/clinics/{clinicId}/sessions/{sessionId}")
class SessionActionsController {

    static final String DONE = "done";
    static final String REFUSED_SESSION = "refusedSession";
    static final String REFUSAL = "refusal";

    private final FrontDeskClinics clinics;
    private final StaffBookings bookings;
    private final BookingService booking;
    private final FrontDeskProperties properties;
    private final WebProperties web;
    private final java.time.Clock clock;

    SessionActionsController(FrontDeskClinics clinics, StaffBookings bookings, BookingService booking,
            FrontDeskProperties properties, WebProperties web, java.time.Clock clock) {
        this.clinics = clinics;
        this.bookings = bookings;
        this.booking = booking;
        this.properties = properties;
        this.web = web;
        this.clock = clock;
    }

    @PostMapping("/arrival")
    String arrived(SignedIn desk, @PathVariable UUID clinicId, @PathVariable UUID sessionId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, RedirectAttributes redirect) {
        return mark(desk, clinicId, sessionId, date, StaffBookings.Mark.ARRIVED, redirect);
    }

    @PostMapping("/complete")
    String completed(SignedIn desk, @PathVariable UUID clinicId, @PathVariable UUID sessionId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, RedirectAttributes redirect) {
        return mark(desk, clinicId, sessionId, date, StaffBookings.Mark.COMPLETED, redirect);
    }

    @PostMapping("/no-show")
    String noShow(SignedIn desk, @PathVariable UUID clinicId, @PathVariable UUID sessionId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, RedirectAttributes redirect) {
        return mark(desk, clinicId, sessionId, date, StaffBookings.Mark.NO_SHOW, redirect);
    }

    @PostMapping("/cancel")
    String cancel(SignedIn desk, @PathVariable UUID clinicId, @PathVariable UUID sessionId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam CancellationReason reason, RedirectAttributes redirect) {
        clinics.served(desk, clinicId);
        try {
            bookings.cancel(sessionId, reason.name());
            redirect.addFlashAttribute(DONE, "frontDesk.done.cancelled");
        }
        catch (ServiceProblemException refused) {
            refusal(redirect, sessionId, refused);
        }
        return "redirect:" + FrontDeskClinics.dayPath(clinicId, date);
    }

    /** Other times with the same therapist at this clinic, for the same length and the same client. */
    @GetMapping("/reschedule")
    String otherTimes(SignedIn desk, @PathVariable UUID clinicId, @PathVariable UUID sessionId, Model model) {
        ClinicHours clinic = clinics.served(desk, clinicId);
        StaffSession session = bookings.session(sessionId);
        if (!clinicId.equals(session.clinicId())) {
            throw new com.clinicnet.web.services.ResourceNotFoundException("session");
        }
        OffsetDateTime from = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        model.addAttribute("clinic", clinic);
        model.addAttribute("visit", session);
        model.addAttribute("slots", bookings.slotsFor(session.clientId(), clinicId, null, session.therapistId(),
                from, from.plusDays(properties.rescheduleDays()), session.durationMinutes(),
                web.booking().slotLimit()));
        return "front-desk/reschedule";
    }

    @PostMapping("/reschedule")
    String reschedule(SignedIn desk, @PathVariable UUID clinicId, @PathVariable UUID sessionId,
            @RequestParam OffsetDateTime startsAt, Model model, RedirectAttributes redirect) {
        ClinicHours clinic = clinics.served(desk, clinicId);
        try {
            booking.reschedule(sessionId, startsAt);
        }
        catch (ServiceProblemException refused) {
            model.addAttribute("problem", refused.problem());
            return otherTimes(desk, clinicId, sessionId, model);
        }
        redirect.addFlashAttribute(DONE, "frontDesk.done.rescheduled");
        LocalDate day = startsAt.atZoneSameInstant(java.time.ZoneId.of(clinic.timeZone())).toLocalDate();
        return "redirect:" + FrontDeskClinics.dayPath(clinicId, day);
    }

    private String mark(SignedIn desk, UUID clinicId, UUID sessionId, LocalDate date, StaffBookings.Mark mark,
            RedirectAttributes redirect) {
        clinics.served(desk, clinicId);
        try {
            bookings.mark(sessionId, mark);
            redirect.addFlashAttribute(DONE, "frontDesk.done." + mark.name());
        }
        catch (ServiceProblemException refused) {
            refusal(redirect, sessionId, refused);
        }
        return "redirect:" + FrontDeskClinics.dayPath(clinicId, date);
    }

    private static void refusal(RedirectAttributes redirect, UUID sessionId, ServiceProblemException refused) {
        redirect.addFlashAttribute(REFUSED_SESSION, sessionId);
        redirect.addFlashAttribute(REFUSAL, refused.problem().detail() != null ? refused.problem().detail()
                : refused.problem().title());
    }
}
