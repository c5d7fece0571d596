package com.clinicnet.web.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicnet.web.layout.Times;
import com.clinicnet.web.services.BookingService;
import com.clinicnet.web.services.Intake;
import com.clinicnet.web.services.Plan;
import com.clinicnet.web.services.ServiceProblemException;
import com.clinicnet.web.services.Session;
import com.clinicnet.web.services.TherapistService;
import com.clinicnet.web.signin.SignedIn;

/**
 * Treatment plans: a series of sessions with the therapist of a booked session, every so many days; what is booked
 * of each, and when the next one is due.
 */
@Controller
class PlanController {

    static final int DEFAULT_SESSIONS = 6;
    static final int DEFAULT_INTERVAL_DAYS = 7;
    /** booking-service's limits for a plan (PlanRequest), offered to the browser as the inputs' range. */
    static final int MAX_SESSIONS = 52;
    static final int MAX_INTERVAL_DAYS = 90;
    private static final String CANCELLED = "CANCELLED";

    private final BookingService booking;
    private final TherapistService therapists;

    PlanController(BookingService booking, TherapistService therapists) {
        this.booking = booking;
        this.therapists = therapists;
    }

    @GetMapping("/plans")
    String plans(SignedIn client, Model model) {
        List<Session> sessions = booking.sessionsOf(client.clientId());
        List<PlanView> plans = booking.plansOf(client.clientId()).stream()
                .map(plan -> PlanView.of(plan, sessions, therapists.therapist(plan.therapistId()).name()))
                .toList();
        model.addAttribute("plans", plans);
        return "plans";
    }

    @GetMapping("/plans/new")
    String form(SignedIn client, @RequestParam UUID sessionId, Model model) {
        return page(model, client, booking.session(sessionId), DEFAULT_SESSIONS, DEFAULT_INTERVAL_DAYS, null);
    }

    @PostMapping("/plans")
    String start(SignedIn client, @RequestParam UUID sessionId, @RequestParam String concern,
            @RequestParam Integer sessions, @RequestParam Integer intervalDays, Model model,
            RedirectAttributes redirect) {
        Session session = booking.session(sessionId);
        try {
            booking.startPlan(new Plan.Request(client.clientId(), session.therapistId(), session.clinicId(), concern,
                    sessions, intervalDays));
        }
        catch (ServiceProblemException refused) {
            return page(model, client, session, sessions, intervalDays, refused.problem());
        }
        redirect.addFlashAttribute("started", true);
        return "redirect:/plans";
    }

    private String page(Model model, SignedIn client, Session session, Integer sessions, Integer intervalDays,
            com.clinicnet.web.services.Problem problem) {
        List<String> concerns = booking.intake(client.clientId()).map(Intake::concerns)
                .filter(answered -> !answered.isEmpty())
                .orElseGet(therapists::concerns);
        model.addAttribute("visit", session);
        model.addAttribute("therapist", therapists.therapist(session.therapistId()));
        model.addAttribute("concerns", concerns);
        model.addAttribute("sessions", sessions);
        model.addAttribute("intervalDays", intervalDays);
        model.addAttribute("maxSessions", MAX_SESSIONS);
        model.addAttribute("maxIntervalDays", MAX_INTERVAL_DAYS);
        model.addAttribute("problem", problem);
        model.addAttribute("errors", problem == null ? Map.of() : problem.messagesByField(field -> field));
        return "plan-new";
    }

    /**
     * A plan as the page shows it. booking-service does not say which session belongs to which plan, so the
     * sessions counted are the client's sessions with the plan's therapist at the plan's clinic that were not
     * cancelled.
     */
    record PlanView(Plan plan, String therapistName, List<Session> booked, LocalDate nextDue) {

        static PlanView of(Plan plan, List<Session> sessions, String therapistName) {
            List<Session> booked = sessions.stream()
                    .filter(session -> session.therapistId().equals(plan.therapistId())
                            && session.clinicId().equals(plan.clinicId()) && !CANCELLED.equals(session.status()))
                    .sorted(Comparator.comparing(Session::startsAt)).toList();
            LocalDate nextDue = booked.isEmpty() || booked.size() >= plan.sessionsPlanned() ? null
                    : Times.in(booked.getLast().startsAt(), plan.clinicTimeZone()).toLocalDate()
                            .plusDays(plan.intervalDays());
            return new PlanView(plan, therapistName, booked, nextDue);
        }
    }
}
