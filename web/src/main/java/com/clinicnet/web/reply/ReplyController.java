package com.clinicnet.web.reply;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicnet.web.layout.SignInState;
import com.clinicnet.web.services.BookingService;
import com.clinicnet.web.services.Clinic;
import com.clinicnet.web.services.ReplyLink;
import com.clinicnet.web.services.ResourceNotFoundException;
import com.clinicnet.web.services.ServiceProblemException;
import com.clinicnet.web.services.ServiceUnavailableException;
import com.clinicnet.web.services.TherapistService;

/**
 * The page a reminder's reply link opens, for a client who need not be signed in (the signed link is the proof):
 * what the link would do to which session, and one button that does it. Opening the link changes nothing (mail
 * scanners open links); only the button (a POST with the page's CSRF token) confirms or cancels, and then the
 * result page says what it did.
 */
@Controller
class ReplyController {

    static final String PAGE = "/replies/{token}";
    static final String DONE = PAGE + "/done";
    private static final String OUTCOME = "outcome";
    /** What booking answers a link's use; anything else reads as done before. */
    private static final Set<String> OUTCOMES = Set.of("CONFIRMED", "CANCELLED", "ALREADY_CONFIRMED",
            "ALREADY_CANCELLED");
    private static final String DONE_BEFORE = "ALREADY_DONE";

    private final BookingService booking;
    private final TherapistService therapists;
    private final SignInState signInState;
    private final Clock clock;

    ReplyController(BookingService booking, TherapistService therapists, SignInState signInState, Clock clock) {
        this.booking = booking;
        this.therapists = therapists;
        this.signInState = signInState;
        this.clock = clock;
    }

    /** Not a link of booking's (or an altered one) is the not-found page, as any page that does not exist. */
    @GetMapping(PAGE)
    String asked(@PathVariable String token, Model model) {
        ReplyLink link = booking.replyLink(token);
        model.addAttribute("token", token);
        model.addAttribute("link", link);
        if (link.stillBooked()) {
            Optional<Clinic> clinic = fromTheDirectory(() -> therapists.clinic(link.clinicId()));
            model.addAttribute("clinic", clinic.map(Clinic::name).orElse(null));
            model.addAttribute("therapist",
                    fromTheDirectory(() -> therapists.therapistName(link.therapistId()).orElse(null)).orElse(null));
            clinic.ifPresent(known -> {
                Duration notice = Duration.ofMinutes(known.lateCancellationNoticeMinutes());
                model.addAttribute("noticeHours", notice.toHours());
                model.addAttribute("late",
                        Duration.between(clock.instant(), link.starts().toInstant()).compareTo(notice) < 0);
            });
        }
        return "reply";
    }

    /** The button: done, or done before, is the result page; a session that has started or moved, the page again. */
    @PostMapping(PAGE)
    String answered(@PathVariable String token, Model model, RedirectAttributes redirect) {
        ReplyLink.Used used;
        try {
            used = booking.useReplyLink(token);
        }
        catch (ServiceProblemException refused) {
            model.addAttribute("problem", refused.problem());
            return asked(token, model);
        }
        redirect.addFlashAttribute(OUTCOME, OUTCOMES.contains(used.outcome()) ? used.outcome() : DONE_BEFORE);
        return "redirect:" + DONE;
    }

    /** Opened again later (no outcome to tell), it is the link's own page, which says where the session stands. */
    @GetMapping(DONE)
    String done(@PathVariable String token, Model model) {
        if (!(model.getAttribute(OUTCOME) instanceof String)) {
            return "redirect:" + PAGE;
        }
        return "reply-done";
    }

    /**
     * therapist-service answers the signed-in only: for a client who is not (the usual case), or when it does not
     * answer, the page goes without the names ("your therapist") rather than failing or asking for a sign-in.
     */
    private <T> Optional<T> fromTheDirectory(Supplier<T> lookup) {
        if (!signInState.signedIn()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(lookup.get());
        }
        catch (ResourceNotFoundException | ServiceUnavailableException | ClientAuthorizationRequiredException unknown) {
            return Optional.empty();
        }
    }
}
