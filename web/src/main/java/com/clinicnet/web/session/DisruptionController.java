package com.clinicnet.web.session;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicnet.web.services.BookingService;
import com.clinicnet.web.services.Disruption;
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

    DisruptionController(BookingService booking, TherapistService therapists) {
        this.booking = booking;
        this.therapists = therapists;
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
        model.addAttribute("clinic", clinicName(disruption.clinicId()));
        model.addAttribute("therapist", therapistName(disruption.therapistId()));
        model.addAttribute("offers", IntStream.range(0, disruption.alternatives().size())
                .mapToObj(index -> offer(index + 1, disruption.alternatives().get(index))).toList());
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

    private Offer offer(int rank, Disruption.Alternative alternative) {
        return new Offer(rank, alternative.starts(), alternative.timeZone(), therapistName(alternative.therapistId()),
                clinicName(alternative.clinicId()));
    }

    /** A therapist who left the roster has no name any more; the page then says "your therapist". */
    private String therapistName(UUID therapistId) {
        try {
            return therapists.therapist(therapistId).name();
        }
        catch (ResourceNotFoundException gone) {
            return null;
        }
    }

    private String clinicName(UUID clinicId) {
        try {
            return therapists.clinic(clinicId).name();
        }
        catch (ResourceNotFoundException gone) {
            return null;
        }
    }

    /** A time offered, as the page shows it. */
    record Offer(int rank, OffsetDateTime starts, String timeZone, String therapist, String clinic) {
    }
}
