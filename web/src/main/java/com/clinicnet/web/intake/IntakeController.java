package com.clinicnet.web.intake;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicnet.web.services.BookingService;
import com.clinicnet.web.services.Intake;
import com.clinicnet.web.services.ServiceProblemException;
import com.clinicnet.web.services.TherapistService;
import com.clinicnet.web.signin.SignedIn;

/**
 * The intake: concerns, pain today, conditions, injuries to avoid. POSTed (never in a URL), never logged; a red flag
 * stops with the advice to see a doctor and no way to book.
 */
@Controller
class IntakeController {

    static final int MIN_PAIN = 0;
    static final int MAX_PAIN = 10;

    private final BookingService booking;
    private final TherapistService therapists;

    IntakeController(BookingService booking, TherapistService therapists) {
        this.booking = booking;
        this.therapists = therapists;
    }

    @GetMapping("/intake")
    String form(SignedIn client, Model model) {
        Intake.Answers answers = booking.intake(client.clientId())
                .map(intake -> new Intake.Answers(intake.concerns(), intake.painLevel(), intake.conditions(),
                        intake.injuriesToAvoid()))
                .orElse(new Intake.Answers(List.of(), null, Set.of(), List.of()));
        return page(model, answers, Map.of());
    }

    @PostMapping("/intake")
    String record(SignedIn client, @RequestParam(required = false) List<String> concerns,
            @RequestParam(required = false) Integer painLevel, @RequestParam(required = false) List<String> conditions,
            @RequestParam(required = false, defaultValue = "") String injuriesToAvoid, Model model,
            RedirectAttributes redirect) {
        Intake.Answers answers = new Intake.Answers(concerns == null ? List.of() : concerns, painLevel,
                conditions == null ? Set.of() : new LinkedHashSet<>(conditions),
                injuriesToAvoid.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        Map<String, String> errors = new LinkedHashMap<>();
        if (answers.concerns().isEmpty()) {
            errors.put("concerns", "intake.error.concerns");
        }
        if (painLevel == null || painLevel < MIN_PAIN || painLevel > MAX_PAIN) {
            errors.put("painLevel", "intake.error.painLevel");
        }
        if (!errors.isEmpty()) {
            return page(model, answers, errors);
        }
        Intake recorded;
        try {
            recorded = booking.recordIntake(client.clientId(), answers);
        }
        catch (ServiceProblemException refused) {
            model.addAttribute("problem", refused.problem());
            return page(model, answers, Map.of());
        }
        if (recorded.seeADoctorFirst()) {
            return "see-a-doctor";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/search";
    }

    private String page(Model model, Intake.Answers answers, Map<String, String> errors) {
        model.addAttribute("concerns", therapists.concerns());
        model.addAttribute("conditions", Conditions.ASKED);
        model.addAttribute("answers", answers);
        model.addAttribute("injuries", String.join("\n", answers.injuriesToAvoid()));
        model.addAttribute("errors", errors);
        model.addAttribute("minPain", MIN_PAIN);
        model.addAttribute("maxPain", MAX_PAIN);
        return "intake";
    }
}
