package com.clinicnet.web.waitlist;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicnet.web.availability.ChosenSearch;
import com.clinicnet.web.services.BookingService;
import com.clinicnet.web.services.Clinic;
import com.clinicnet.web.services.ServiceProblemException;
import com.clinicnet.web.services.TherapistService;
import com.clinicnet.web.services.WaitlistEntry;
import com.clinicnet.web.services.WaitlistOffer;
import com.clinicnet.web.signin.SignedIn;

import jakarta.servlet.http.HttpSession;

/**
 * The client's places in line for a time that suits them, the page the waitlist emails link to: a time held for
 * them at the top (take it, or let it go to the next in line), every place with its wish, leaving one, and joining
 * another.
 */
@Controller
class WaitlistController {

    private static final String DONE = "done";
    private static final String PAGE = "waitlist";
    private static final String REDIRECT_HERE = "redirect:/waitlist";
    /** A refusal of the service that names no field of the form. */
    private static final String WHOLE_FORM = "form";

    private final BookingService booking;
    private final TherapistService therapists;
    private final MessageSource messages;
    private final Clock clock;

    WaitlistController(BookingService booking, TherapistService therapists, MessageSource messages, Clock clock) {
        this.booking = booking;
        this.therapists = therapists;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/waitlist")
    String waitlist(SignedIn client, HttpSession session, Model model) {
        return page(client, freshForm(session), Map.of(), model);
    }

    /** POSTed, so that the concern (health data) never appears in a URL or an access log. */
    @PostMapping("/waitlist")
    String join(SignedIn client, WaitlistForm form, Model model, RedirectAttributes redirect) {
        Map<String, String> mistakes = form.mistakes(therapists.concerns());
        if (!mistakes.isEmpty()) {
            return page(client, form, worded(mistakes), model);
        }
        try {
            booking.joinWaitlist(form.request(client.clientId()));
        }
        catch (ServiceProblemException refused) {
            return page(client, form, byFormField(refused), model);
        }
        redirect.addFlashAttribute(DONE, "waitlist.joined");
        return REDIRECT_HERE;
    }

    @PostMapping("/waitlist/{entryId}/leave")
    String leave(@PathVariable UUID entryId, SignedIn client, HttpSession session, Model model,
            RedirectAttributes redirect) {
        try {
            booking.leaveWaitlist(entryId);
        }
        catch (ServiceProblemException refused) {
            return refusedOnPage(refused, client, session, model);
        }
        redirect.addFlashAttribute(DONE, "waitlist.left");
        return REDIRECT_HERE;
    }

    @PostMapping("/waitlist/offers/{offerId}/take")
    String take(@PathVariable UUID offerId, SignedIn client, HttpSession session, Model model,
            RedirectAttributes redirect) {
        try {
            booking.takeWaitlistOffer(offerId);
        }
        catch (ServiceProblemException refused) {
            // most often the hold ran out while the client decided: the page shows what is left
            return refusedOnPage(refused, client, session, model);
        }
        redirect.addFlashAttribute(DONE, "sessions.fromWaitlist");
        return "redirect:/sessions";
    }

    @PostMapping("/waitlist/offers/{offerId}/decline")
    String decline(@PathVariable UUID offerId, SignedIn client, HttpSession session, Model model,
            RedirectAttributes redirect) {
        try {
            booking.declineWaitlistOffer(offerId);
        }
        catch (ServiceProblemException refused) {
            return refusedOnPage(refused, client, session, model);
        }
        redirect.addFlashAttribute(DONE, "waitlist.declined");
        return REDIRECT_HERE;
    }

    private String refusedOnPage(ServiceProblemException refused, SignedIn client, HttpSession session, Model model) {
        model.addAttribute("problem", refused.problem());
        return page(client, freshForm(session), Map.of(), model);
    }

    private String page(SignedIn client, WaitlistForm form, Map<String, String> errors, Model model) {
        Instant now = clock.instant();
        List<Clinic> clinics = therapists.clinics();
        Names names = new Names(therapists, clinics);
        List<WaitlistEntry> entries = booking.waitlistOf(client.clientId()).stream()
                .sorted(Comparator.comparing(WaitlistEntry::joinedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        model.addAttribute("held", entries.stream().filter(WaitlistEntry::hasOpenOffer)
                .map(WaitlistEntry::latestOffer)
                // the service lets a hold run out on its own timer; one past its time is no longer the client's
                .filter(offer -> offer.heldUntil().toInstant().isAfter(now))
                .sorted(Comparator.comparing(WaitlistOffer::heldUntil))
                .map(offer -> new HeldTime(offer.id(), offer.starts(), offer.timeZone(), offer.heldUntil(),
                        names.therapist(offer.therapistId()), names.clinic(offer.clinicId())))
                .toList());
        model.addAttribute("places", entries.stream().map(entry -> new PlaceInLine(entry,
                entry.therapistId() == null ? null : names.therapist(entry.therapistId()),
                entry.clinicId() == null ? entry.city() : names.clinic(entry.clinicId()))).toList());
        model.addAttribute("concerns", therapists.concerns());
        model.addAttribute("cities", new TreeSet<>(clinics.stream().map(Clinic::city).toList()));
        model.addAttribute("clinics", clinics);
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("durations", WaitlistForm.DURATIONS);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return PAGE;
    }

    private static WaitlistForm freshForm(HttpSession session) {
        return WaitlistForm.startingFrom(ChosenSearch.in(session));
    }

    private Map<String, String> worded(Map<String, String> mistakes) {
        Map<String, String> worded = new LinkedHashMap<>();
        mistakes.forEach((field, key) -> worded.put(field,
                messages.getMessage(key, null, LocaleContextHolder.getLocale())));
        return worded;
    }

    /** The service's own words, next to the form's field it names; a refusal of no field above the form. */
    private static Map<String, String> byFormField(ServiceProblemException refused) {
        Map<String, String> errors = new LinkedHashMap<>(refused.problem().messagesByField(WaitlistController::formField));
        if (errors.isEmpty() && refused.problem().detail() != null) {
            errors.put(WHOLE_FORM, refused.problem().detail());
        }
        return errors;
    }

    private static String formField(String serviceField) {
        return switch (serviceField == null ? "" : serviceField) {
            case "concern", "therapistId" -> "concern";
            case "clinicId", "city" -> "place";
            case "weekdays" -> "weekdays";
            case "earliest" -> "earliest";
            case "latest" -> "latest";
            case "durationMinutes" -> "duration";
            default -> WHOLE_FORM;
        };
    }

    /** A time held for the client; a name is null when its therapist or clinic left the directory. */
    record HeldTime(UUID offerId, OffsetDateTime starts, String timeZone, OffsetDateTime heldUntil, String therapist,
            String clinic) {
    }

    /**
     * A place in line as the page shows it: the therapist's name when the client waits for one therapist (else the
     * concern), and the clinic's name or the city.
     */
    record PlaceInLine(WaitlistEntry entry, String therapist, String where) {
    }

    /** Each therapist and clinic read once per page, however many places and offers name them. */
    private static final class Names {

        private final TherapistService therapists;
        private final Map<UUID, String> clinics;
        private final Map<UUID, Optional<String>> therapistNames = new HashMap<>();
        private final Map<UUID, Optional<String>> clinicNames = new HashMap<>();

        Names(TherapistService therapists, List<Clinic> clinics) {
            this.therapists = therapists;
            this.clinics = clinics.stream().collect(Collectors.toMap(Clinic::id, Clinic::name, (a, b) -> a));
        }

        String therapist(UUID id) {
            return therapistNames.computeIfAbsent(id, therapists::therapistName).orElse(null);
        }

        String clinic(UUID id) {
            String listed = clinics.get(id);
            return listed != null ? listed : clinicNames.computeIfAbsent(id, therapists::clinicName).orElse(null);
        }
    }
}
