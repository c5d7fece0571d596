package com.clinicnet.web.availability;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.clinicnet.web.services.Clinic;
import com.clinicnet.web.services.TherapistService;

import jakarta.servlet.http.HttpSession;

/** "What brings you here": a concern in plain words, and a city or a clinic. */
@Controller
class SearchController {

    private final TherapistService therapists;

    SearchController(TherapistService therapists) {
        this.therapists = therapists;
    }

    @GetMapping("/search")
    String form(HttpSession session, Model model) {
        ChosenSearch chosen = ChosenSearch.in(session);
        return page(model, chosen == null ? new ChosenSearch(null, null, null) : chosen, Map.of());
    }

    /** POSTed, so that the concern never appears in a URL or an access log. */
    @PostMapping("/search")
    String search(@RequestParam(required = false) String concern, @RequestParam(required = false) String city,
            @RequestParam(required = false) UUID clinicId, HttpSession session, Model model) {
        ChosenSearch chosen = new ChosenSearch(blankToNull(concern), blankToNull(city), clinicId);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (chosen.concern() == null || !therapists.concerns().contains(chosen.concern())) {
            errors.put("concern", "search.error.concern");
        }
        if (chosen.city() == null && chosen.clinicId() == null) {
            errors.put("city", "search.error.place");
        }
        if (!errors.isEmpty()) {
            return page(model, chosen, errors);
        }
        chosen.keepIn(session);
        return "redirect:/slots";
    }

    private String page(Model model, ChosenSearch chosen, Map<String, String> errors) {
        List<Clinic> clinics = therapists.clinics();
        model.addAttribute("concerns", therapists.concerns());
        model.addAttribute("cities", new TreeSet<>(clinics.stream().map(Clinic::city).toList()));
        model.addAttribute("clinics", clinics);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        return "search";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
