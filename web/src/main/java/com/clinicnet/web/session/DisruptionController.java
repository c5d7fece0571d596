package com.clinicnet.web.session;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicnet.web.services.BookingService;
import com.clinicnet.web.services.Disruption;
import com.clinicnet.web.services.OfferedTimes;
import com.clinicnet.web.services.ResourceNotFoundException;
import com.clinicnet.web.services.ServiceProblemException;
import com.clinicnet.web.services.TherapistService;

/**
 * The page a disruption notice links to: the session that cannot go ahead as booked, the times offered instead,
 * one button to take each, and the way to cancel. Nothing happens until the client chooses.
 */
@Controller
class DisruptionController {

    private static final String DONE = "done";

    private final BookingService booking;
    private final TherapistService therapists;
    private final OfferedTimes offeredTimes;

    DisruptionController(BookingService booking, TherapistService therapists, OfferedTimes offeredTimes) {
        this.booking = booking;
        this.therapists = therapists;
        this.offeredTimes = offeredTimes;
    }

    @GetMapping("/sessions/{id}/disruption")
    String offered(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        Disruption disruption;
        try {
            disruption = booking.disruptionOf(id);
        }
        catch (ResourceNotFoundException settled) {
            redirect.addFlashAttribute(DONE, "sessions.disruptionSettled");
            return "redirect:/sessions";
        }
        model.addAttribute("disruption", disruption);
        model.addAttribute("clinic", therapists.clinicName(disruption.clinicId()).orElse(null));
        model.addAttribute("therapist", therapists.therapistName(disruption.therapistId()).orElse(null));
        model.addAttribute("offers", offeredTimes.of(disruption));
        return "disruption";
    }

    @PostMapping("/sessions/{id}/disruption/alternatives/{rank}")
    String take(@PathVariable UUID id, @PathVariable int rank, Model model, RedirectAttributes redirect) {
        try {
            booking.takeAlternative(id, rank);
        }
        catch (ServiceProblemException refused) {
            model.addAttribute("problem", refused.problem());
            return offered(id, model, redirect);
        }
        redirect.addFlashAttribute(DONE, "sessions.rescheduled");
        return "redirect:/sessions";
    }

}
