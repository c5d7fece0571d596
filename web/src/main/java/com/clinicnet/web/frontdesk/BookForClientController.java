package com.clinicnet.web.frontdesk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
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
import com.clinicnet.web.services.Session;
import com.clinicnet.web.services.Slot;
import com.clinicnet.web.services.StaffBookings;
import com.clinicnet.web.services.TherapistService;
import com.clinicnet.web.signin.SignedIn;
import com.clinicnet.web.signin.StaffPages;

/**
 * Booking for a client at the desk: find the client, choose what for, with whom and which day, pick a time, confirm.
 * The confirm page carries an Idempotency-Key made when it was shown, so a double submit books once.
 */
@Controller
@RequestMapping(StaffPages.FRONT_DESK + "/clinics/{clinicId}/book")
class BookForClientController {

    static final String BOOKED_SESSION = "bookedSession";

    private final FrontDeskClinics clinics;
    private final StaffBookings bookings;
    private final BookingService booking;
    private final TherapistService therapists;
    private final FrontDeskProperties properties;
    private final WebProperties web;

    BookForClientController(FrontDeskClinics clinics, StaffBookings bookings, BookingService booking,
            TherapistService therapists, FrontDeskProperties properties, WebProperties web) {
        this.clinics = clinics;
        this.bookings = bookings;
        this.booking = booking;
        this.therapists = therapists;
        this.properties = properties;
        this.web = web;
    }

    @GetMapping
    String choose(SignedIn desk, @PathVariable UUID clinicId, @RequestParam(required = false) String search,
            @RequestParam(required = false) UUID clientId, @RequestParam(required = false) String concern,
            @RequestParam(required = false) UUID therapistId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model) {
        ClinicHours clinic = clinics.served(desk, clinicId);
        model.addAttribute("clinic", clinic);
        model.addAttribute("search", search);
        if (clientId == null) {
            boolean longEnough = search != null && search.strip().length() >= properties.clientSearchMinLength();
            model.addAttribute("searched", search != null);
            model.addAttribute("tooShort", search != null && !longEnough);
            model.addAttribute("found", longEnough ? bookings.findClients(search.strip()) : List.of());
            return "front-desk/find-client";
        }
        LocalDate day = clinics.dayOrToday(clinic, date);
        model.addAttribute("client", bookings.client(clientId));
        model.addAttribute("concerns", therapists.concerns());
        model.addAttribute("therapists", therapists.therapistsAt(clinicId));
        model.addAttribute("concern", blankToNull(concern));
        model.addAttribute("therapistId", therapistId);
        model.addAttribute("date", day);
        model.addAttribute("looked", date != null);
        if (date != null) {
            ZoneId zone = ZoneId.of(clinic.timeZone());
            OffsetDateTime from = day.atStartOfDay(zone).toOffsetDateTime();
            OffsetDateTime to = day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
            try {
                model.addAttribute("slots", bookings.slotsFor(clientId, clinicId, blankToNull(concern), therapistId,
                        from, to, web.booking().durationMinutes(), web.booking().slotLimit()));
            }
            catch (ServiceProblemException refused) {
                model.addAttribute("problem", refused.problem());
                model.addAttribute("slots", List.<Slot>of());
            }
        }
        return "front-desk/book";
    }

    @GetMapping("/confirm")
    String confirm(SignedIn desk, @PathVariable UUID clinicId, @RequestParam UUID clientId,
            @RequestParam UUID therapistId, @RequestParam OffsetDateTime startsAt, Model model) {
        return confirmPage(model, clinics.served(desk, clinicId), clientId, therapistId, startsAt,
                UUID.randomUUID().toString());
    }

    @PostMapping
    String book(SignedIn desk, @PathVariable UUID clinicId, @RequestParam UUID clientId,
            @RequestParam UUID therapistId, @RequestParam OffsetDateTime startsAt,
            @RequestParam String idempotencyKey, Model model, RedirectAttributes redirect) {
        ClinicHours clinic = clinics.served(desk, clinicId);
        Session booked;
        try {
            booked = booking.book(idempotencyKey, new Session.Request(clientId, therapistId, clinicId, startsAt,
                    web.booking().durationMinutes(), null));
        }
        catch (ServiceProblemException refused) {
            model.addAttribute("problem", refused.problem());
            return confirmPage(model, clinic, clientId, therapistId, startsAt, idempotencyKey);
        }
        redirect.addFlashAttribute(SessionActionsController.DONE, "frontDesk.done.booked");
        redirect.addFlashAttribute(BOOKED_SESSION, booked.id());
        return "redirect:" + FrontDeskClinics.dayPath(clinicId,
                startsAt.atZoneSameInstant(ZoneId.of(clinic.timeZone())).toLocalDate());
    }

    private String confirmPage(Model model, ClinicHours clinic, UUID clientId, UUID therapistId,
            OffsetDateTime startsAt, String idempotencyKey) {
        model.addAttribute("clinic", clinic);
        model.addAttribute("client", bookings.client(clientId));
        model.addAttribute("therapist", therapists.therapist(therapistId));
        model.addAttribute("startsAt", startsAt);
        model.addAttribute("endsAt", startsAt.plusMinutes(web.booking().durationMinutes()));
        model.addAttribute("idempotencyKey", idempotencyKey);
        return "front-desk/confirm";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
