package com.clinicnet.web.session;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.clinicnet.web.WebProperties;
import com.clinicnet.web.services.BookingService;
import com.clinicnet.web.services.ServiceProblemException;
import com.clinicnet.web.services.Session;
import com.clinicnet.web.services.TherapistService;
import com.clinicnet.web.signin.SignedIn;

/**
 * Booking a slot: a confirm page, then the booked page. The confirm page carries an Idempotency-Key made when it
 * was shown, so a double click or a browser's retry books once and shows the same session.
 */
@Controller
class BookController {

    private final BookingService booking;
    private final TherapistService therapists;
    private final WebProperties properties;

    BookController(BookingService booking, TherapistService therapists, WebProperties properties) {
        this.booking = booking;
        this.therapists = therapists;
        this.properties = properties;
    }

    @GetMapping("/book")
    String confirm(@RequestParam UUID therapistId, @RequestParam UUID clinicId, @RequestParam OffsetDateTime startsAt,
            Model model) {
        return confirmPage(model, therapistId, clinicId, startsAt, UUID.randomUUID().toString());
    }

    @PostMapping("/book")
    String book(SignedIn client, @RequestParam UUID therapistId, @RequestParam UUID clinicId,
            @RequestParam OffsetDateTime startsAt, @RequestParam String idempotencyKey, Model model) {
        try {
            Session booked = booking.book(idempotencyKey, new Session.Request(client.clientId(), therapistId,
                    clinicId, startsAt, properties.booking().durationMinutes(), null));
            return "redirect:/sessions/" + booked.id() + "/booked";
        }
        catch (ServiceProblemException refused) {
            if (refused.problem().seeADoctorFirst()) {
                return "see-a-doctor";
            }
            model.addAttribute("problem", refused.problem());
            return confirmPage(model, therapistId, clinicId, startsAt, idempotencyKey);
        }
    }

    @GetMapping("/sessions/{id}/booked")
    String booked(@PathVariable UUID id, Model model) {
        Session session = booking.session(id);
        model.addAttribute("visit", session);
        model.addAttribute("clinic", therapists.clinic(session.clinicId()));
        model.addAttribute("therapist", therapists.therapist(session.therapistId()));
        return "booked";
    }

    private String confirmPage(Model model, UUID therapistId, UUID clinicId, OffsetDateTime startsAt,
            String idempotencyKey) {
        model.addAttribute("therapist", therapists.therapist(therapistId));
        model.addAttribute("clinic", therapists.clinic(clinicId));
        model.addAttribute("startsAt", startsAt);
        model.addAttribute("endsAt", startsAt.plusMinutes(properties.booking().durationMinutes()));
        model.addAttribute("idempotencyKey", idempotencyKey);
        return "confirm";
    }
}
