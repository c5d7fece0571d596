package com.clinicnet.web.admin;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicnet.web.admin.NetworkRecords.ClinicDetails;
import com.clinicnet.web.admin.NetworkRecords.TherapistDetails;
import com.clinicnet.web.services.ServiceProblemException;

/** The network's therapists: the list by clinic, registering one, changing one, deactivating one. */
@Controller
class TherapistsController {

    private final Network network;
    private final MessageSource messages;

    TherapistsController(Network network, MessageSource messages) {
        this.network = network;
        this.messages = messages;
    }

    @GetMapping("/admin/therapists")
    String therapists(@RequestParam(required = false) UUID clinicId, Model model) {
        model.addAttribute("therapists", network.therapists(clinicId));
        model.addAttribute("clinicId", clinicId);
        model.addAttribute("clinicNames", clinicNames());
        return "admin/therapists";
    }

    @GetMapping("/admin/therapists/new")
    String newTherapist(Model model) {
        return form(model, null, TherapistForm.blank(), Map.of());
    }

    @GetMapping("/admin/therapists/{id}")
    String editTherapist(@PathVariable UUID id, Model model) {
        TherapistDetails therapist = network.therapist(id);
        model.addAttribute("active", therapist.active());
        return form(model, id, TherapistForm.of(therapist), Map.of());
    }

    @PostMapping("/admin/therapists")
    String register(@ModelAttribute("therapist") TherapistForm therapist, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return save(null, therapist, binding, model, redirect);
    }

    @PostMapping("/admin/therapists/{id}")
    String revise(@PathVariable UUID id, @ModelAttribute("therapist") TherapistForm therapist, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return save(id, therapist, binding, model, redirect);
    }

    @GetMapping("/admin/therapists/{id}/deactivation")
    String confirmDeactivation(@PathVariable UUID id, Model model) {
        model.addAttribute("therapist", network.therapist(id));
        return "admin/therapist-deactivate";
    }

    @PostMapping("/admin/therapists/{id}/deactivation")
    String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        TherapistDetails therapist = network.therapist(id);
        network.deactivate(id);
        redirect.addFlashAttribute("deactivated", therapist.name());
        return "redirect:/admin/therapists";
    }

    private String save(UUID id, TherapistForm therapist, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        TherapistForm entered = therapist == null ? TherapistForm.blank() : therapist;
        if (binding.hasErrors()) {
            return form(model, id, entered, FormErrors.unreadable(binding, TherapistForm::fieldOf, messages));
        }
        try {
            if (id == null) {
                network.register(entered.toRequest());
            }
            else {
                network.revise(id, entered.toRequest());
            }
        }
        catch (ServiceProblemException refused) {
            return form(model, id, entered, FormErrors.refused(refused.problem(), TherapistForm::fieldOf));
        }
        redirect.addFlashAttribute("saved", entered.name());
        return "redirect:/admin/therapists";
    }

    private String form(Model model, UUID id, TherapistForm therapist, Map<String, String> errors) {
        model.addAttribute("therapistId", id);
        model.addAttribute("therapist", therapist);
        model.addAttribute("clinics", network.clinics());
        model.addAttribute("specialties", network.specialties());
        model.addAttribute("errors", errors);
        return "admin/therapist-form";
    }

    private Map<UUID, String> clinicNames() {
        return network.clinics().stream().collect(java.util.stream.Collectors.toMap(ClinicDetails::id,
                ClinicDetails::name, (first, second) -> first, java.util.LinkedHashMap::new));
    }
}
