package com.clinicnet.web.therapist;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import com.clinicnet.web.frontdesk.Week;
import com.clinicnet.web.services.Clinic;
import com.clinicnet.web.services.ServiceProblemException;
import com.clinicnet.web.services.StaffBookings;
import com.clinicnet.web.services.StaffSession;
import com.clinicnet.web.services.TherapistService;
import com.clinicnet.web.signin.SignedIn;
import com.clinicnet.web.signin.StaffPages;

/**
 * A therapist's own day and week: each session's time, clinic, room, the client's first name and what the intake
 * says they need to know; and marking a session done or missed.
 */
@Controller
@RequestMapping(StaffPages.THERAPIST)
class MyDayController {

    static final String DONE = "done";
    static final String REFUSED_SESSION = "refusedSession";
    static final String REFUSAL = "refusal";

    private final StaffBookings bookings;
    private final TherapistService therapists;
    private final WebProperties web;
    private final Clock clock;

    MyDayController(StaffBookings bookings, TherapistService therapists, WebProperties web, Clock clock) {
        this.bookings = bookings;
        this.therapists = therapists;
        this.web = web;
        this.clock = clock;
    }

    @GetMapping
    String day(SignedIn therapist, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        LocalDate day = date != null ? date : LocalDate.now(clock.withZone(web.defaultTimeZone()));
        // a day in one clinic's zone may start on another date in UTC: read a day either side, keep this one's
        List<StaffSession> sessions = bookings.sessionsOf(therapist.therapistId(), day.minusDays(1), day.plusDays(1))
                .stream().filter(session -> localDate(session).equals(day))
                .sorted(Comparator.comparing(StaffSession::startsAt)).toList();
        model.addAttribute("day", day);
        model.addAttribute("previous", day.minusDays(1));
        model.addAttribute("next", day.plusDays(1));
        model.addAttribute("weekStart", day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        model.addAttribute("sessions", sessions);
        model.addAttribute("clinics", clinicsOf(sessions));
        return "therapist/day";
    }

    @GetMapping("/week")
    String week(SignedIn therapist, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, Model model) {
        LocalDate monday = (from != null ? from : LocalDate.now(clock.withZone(web.defaultTimeZone())))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<StaffSession> sessions = bookings.sessionsOf(therapist.therapistId(), monday, monday.plusDays(6));
        model.addAttribute("monday", monday);
        model.addAttribute("previous", monday.minusWeeks(1));
        model.addAttribute("next", monday.plusWeeks(1));
        model.addAttribute("week", Week.of(monday, sessions));
        model.addAttribute("clinics", clinicsOf(sessions));
        return "therapist/week";
    }

    @PostMapping("/sessions/{sessionId}/complete")
    String completed(@PathVariable UUID sessionId, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, RedirectAttributes redirect) {
        return mark(sessionId, date, StaffBookings.Mark.COMPLETED, redirect);
    }

    @PostMapping("/sessions/{sessionId}/no-show")
    String noShow(@PathVariable UUID sessionId, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, RedirectAttributes redirect) {
        return mark(sessionId, date, StaffBookings.Mark.NO_SHOW, redirect);
    }

    /** Another therapist's session is not found by booking-service, and so not found here. */
    private String mark(UUID sessionId, LocalDate date, StaffBookings.Mark mark, RedirectAttributes redirect) {
        try {
            bookings.mark(sessionId, mark);
            redirect.addFlashAttribute(DONE, "therapist.done." + mark.name());
        }
        catch (ServiceProblemException refused) {
            redirect.addFlashAttribute(REFUSED_SESSION, sessionId);
            redirect.addFlashAttribute(REFUSAL, refused.problem().detail() != null ? refused.problem().detail()
                    : refused.problem().title());
        }
        return "redirect:" + StaffPages.THERAPIST + (date != null ? "?date=" + date : "");
    }

    private Map<UUID, Clinic> clinicsOf(List<StaffSession> sessions) {
        return sessions.stream().map(StaffSession::clinicId).distinct().map(therapists::clinic)
                .collect(Collectors.toMap(Clinic::id, Function.identity()));
    }

    private static LocalDate localDate(StaffSession session) {
        return session.startsAt().atZoneSameInstant(ZoneId.of(session.clinicTimeZone())).toLocalDate();
    }
}
