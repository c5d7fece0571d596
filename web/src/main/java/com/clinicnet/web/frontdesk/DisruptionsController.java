package com.clinicnet.web.frontdesk;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicnet.web.signin.StaffPages;
import com.clinicnet.web.services.Disruption;
import com.clinicnet.web.services.OfferedTimes;
import com.clinicnet.web.services.OfferedTimes.OfferedTime;
import com.clinicnet.web.services.ResourceNotFoundException;
import com.clinicnet.web.services.ServiceProblemException;
import com.clinicnet.web.services.StaffBookings;
import com.clinicnet.web.services.TherapistService;
import com.clinicnet.web.signin.SignedIn;

/**
 * The front desk's worklist of a clinic: sessions still booked that their therapist can no longer give, soonest
 * first, each with the times its client was offered. The desk calls the client and takes a time for them, or moves
 * or cancels the session from the day.
 */
@Controller
@RequestMapping(StaffPages.FRONT_DESK + "/clinics/{clinicId}/disruptions")
class DisruptionsController {

    private final FrontDeskClinics clinics;
    private final StaffBookings bookings;
    private final TherapistService therapists;
    private final OfferedTimes offeredTimes;

    DisruptionsController(FrontDeskClinics clinics, StaffBookings bookings, TherapistService therapists,
            OfferedTimes offeredTimes) {
        this.clinics = clinics;
        this.bookings = bookings;
        this.therapists = therapists;
        this.offeredTimes = offeredTimes;
    }

    @GetMapping
    String worklist(SignedIn desk, @PathVariable UUID clinicId, Model model) {
        model.addAttribute("clinic", clinics.served(desk, clinicId));
        model.addAttribute("disruptions", bookings.disruptionsAt(clinicId).stream().map(this::open).toList());
        return "front-desk/disruptions";
    }

    @PostMapping("/{sessionId}/alternatives/{rank}")
    String take(SignedIn desk, @PathVariable UUID clinicId, @PathVariable UUID sessionId, @PathVariable int rank,
            Model model, RedirectAttributes redirect) {
        clinics.served(desk, clinicId);
        try {
            bookings.takeAlternative(sessionId, rank);
        }
        catch (ServiceProblemException refused) {
            model.addAttribute("problem", refused.problem());
            return worklist(desk, clinicId, model);
        }
        redirect.addFlashAttribute(SessionActionsController.DONE, "frontDesk.done.rescheduled");
        return "redirect:" + StaffPages.FRONT_DESK + "/clinics/" + clinicId + "/disruptions";
    }

    private OpenDisruption open(Disruption disruption) {
        return new OpenDisruption(disruption.sessionId(), clientName(disruption.clientId()),
                therapists.therapistName(disruption.therapistId()).orElse(null), disruption.starts(),
                disruption.timeZone(), disruption.cause(), disruption.escalated(), offeredTimes.of(disruption));
    }

    private String clientName(UUID clientId) {
        try {
            return bookings.client(clientId).name();
        }
        catch (ResourceNotFoundException erased) {
            return null;
        }
    }

    /** A row of the worklist. */
    record OpenDisruption(UUID sessionId, String client, String therapist, OffsetDateTime starts, String timeZone,
            String cause, boolean urgent, List<OfferedTime> offers) {
    }
}
