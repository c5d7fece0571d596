package com.clinicnet.web.admin;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicnet.web.admin.NetworkRecords.Closure;
import com.clinicnet.web.services.ServiceProblemException;

/**
 * The days a clinic is closed (holidays, closure days): the administrator adds or removes one; booking stops
 * offering the day and tells every client booked on it, with other times.
 */
@Controller
class ClosuresController {

    private static final String PAGE = "/admin/clinics/{id}/closures";

    private final Network network;

    ClosuresController(Network network) {
        this.network = network;
    }

    /** A day to close as the form has it. */
    record ClosureForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, String name) {

        static ClosureForm blank() {
            return new ClosureForm(null, "");
        }
    }

    @GetMapping(PAGE)
    String closures(@PathVariable UUID id, Model model) {
        return page(model, id, ClosureForm.blank(), Map.of());
    }

    @PostMapping(PAGE)
    String close(@PathVariable UUID id, @ModelAttribute("closure") ClosureForm closure, Model model,
            RedirectAttributes redirect) {
        try {
            network.close(id, new Closure(closure.date(), closure.name()));
        }
        catch (ServiceProblemException refused) {
            return page(model, id, closure, FormErrors.refused(refused.problem(), field -> field));
        }
        redirect.addFlashAttribute("added", true);
        return "redirect:/admin/clinics/" + id + "/closures";
    }

    @PostMapping(PAGE + "/{date}/removal")
    String reopen(@PathVariable UUID id, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            RedirectAttributes redirect) {
        network.reopen(id, date);
        redirect.addFlashAttribute("removed", true);
        return "redirect:/admin/clinics/" + id + "/closures";
    }

    private String page(Model model, UUID id, ClosureForm closure, Map<String, String> errors) {
        model.addAttribute("clinic", network.clinic(id));
        model.addAttribute("closures", network.closures(id));
        model.addAttribute("closure", closure);
        model.addAttribute("errors", errors);
        return "admin/closures";
    }
}
