package com.clinicnet.web.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicnet.web.WebProperties;
import com.clinicnet.web.services.BookingService;
import com.clinicnet.web.services.Clinic;
import com.clinicnet.web.services.ServiceProblemException;
import com.clinicnet.web.services.Session;
import com.clinicnet.web.services.TherapistService;
import com.clinicnet.web.signin.SignedIn;

/** My sessions: upcoming and past, the calendar file, cancelling (with a confirm step) and rescheduling. */
@Controller
class SessionsController {

    private final BookingService booking;
    private final TherapistService therapists;
    private final WebProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    SessionsController(BookingService booking, TherapistService therapists, WebProperties properties,
            MessageSource messages, Clock clock) {
        this.booking = booking;
        this.therapists = therapists;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/sessions")
    String mine(SignedIn client, Model model) {
        Instant now = clock.instant();
        List<Session> sessions = booking.sessionsOf(client.clientId());
        model.addAttribute("upcoming", sessions.stream().filter(session -> session.isUpcoming(now))
                .sorted(Comparator.comparing(Session::startsAt)).toList());
        model.addAttribute("past", sessions.stream().filter(session -> !session.isUpcoming(now))
                .sorted(Comparator.comparing(Session::startsAt).reversed()).toList());
        model.addAttribute("clinics", therapists.clinics().stream()
                .collect(Collectors.toMap(Clinic::id, Function.identity())));
        return "sessions";
    }

    @GetMapping("/sessions/{id}/calendar.ics")
    ResponseEntity<String> calendar(@PathVariable UUID id) {
        Session session = booking.session(id);
        Clinic clinic = therapists.clinic(session.clinicId());
        String summary = messages.getMessage("calendar.summary", new Object[] { clinic.name() },
                LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CalendarFile.MEDIA_TYPE + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("clinicnet-session.ics").build().toString())
                .body(CalendarFile.of(session, clinic, summary, clock.instant()));
    }

    @GetMapping("/sessions/{id}/cancel")
    String confirmCancel(@PathVariable UUID id, Model model) {
        Session session = booking.session(id);
        Clinic clinic = therapists.clinic(session.clinicId());
        Duration notice = Duration.ofMinutes(clinic.lateCancellationNoticeMinutes());
        model.addAttribute("visit", session);
        model.addAttribute("clinic", clinic);
        model.addAttribute("late", Duration.between(clock.instant(), session.startsAt().toInstant())
                .compareTo(notice) < 0);
        model.addAttribute("noticeHours", notice.toHours());
        return "cancel";
    }

    @PostMapping("/sessions/{id}/cancel")
    String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
        booking.cancel(id);
        redirect.addFlashAttribute("done", "sessions.cancelled");
        return "redirect:/sessions";
    }

    /** Other slots with the same therapist at the same clinic, for the same length. */
    @GetMapping("/sessions/{id}/reschedule")
    String offerOtherSlots(@PathVariable UUID id, Model model) {
        Session session = booking.session(id);
        OffsetDateTime from = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        WebProperties.Booking offer = properties.booking();
        model.addAttribute("visit", session);
        model.addAttribute("clinic", therapists.clinic(session.clinicId()));
        model.addAttribute("slots", booking.availability(new BookingService.SlotQuery(null, null,
                session.clinicId(), session.therapistId(), from, from.plusDays(offer.searchDays()),
                session.durationMinutes(), offer.slotLimit())));
        return "reschedule";
    }

    @PostMapping("/sessions/{id}/reschedule")
    String reschedule(@PathVariable UUID id, @RequestParam OffsetDateTime startsAt, Model model,
            RedirectAttributes redirect) {
        try {
            booking.reschedule(id, startsAt);
        }
        catch (ServiceProblemException refused) {
            model.addAttribute("problem", refused.problem());
            return offerOtherSlots(id, model);
        }
        redirect.addFlashAttribute("done", "sessions.rescheduled");
        return "redirect:/sessions";
    }
}
