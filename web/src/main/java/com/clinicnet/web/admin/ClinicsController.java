package com.clinicnet.web.admin;

import java.time.ZoneId;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicnet.web.services.ServiceProblemException;

/** The network's clinics: the list, and a form to open a clinic or change one. */
@Controller
class ClinicsController {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted().toList();

    private final Network network;
    private final AdminPages pages;
    private final MessageSource messages;

    ClinicsController(Network network, AdminPages pages, MessageSource messages) {
        this.network = network;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/admin")
    String overview() {
        return "admin/overview";
    }

    @GetMapping("/admin/clinics")
    String clinics(Model model) {
        model.addAttribute("clinics", network.clinics());
        return "admin/clinics";
    }

    @GetMapping("/admin/clinics/new")
    String newClinic(Model model) {
        return form(model, null, ClinicForm.blank(pages.newClinicSessionLengths()), Map.of());
    }

    @GetMapping("/admin/clinics/{id}")
    String editClinic(@PathVariable UUID id, Model model) {
        return form(model, id, ClinicForm.of(network.clinic(id)), Map.of());
    }

    @PostMapping("/admin/clinics")
    String open(@ModelAttribute("clinic") ClinicForm clinic, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return save(null, clinic, binding, model, redirect);
    }

    @PostMapping("/admin/clinics/{id}")
    String revise(@PathVariable UUID id, @ModelAttribute("clinic") ClinicForm clinic, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return save(id, clinic, binding, model, redirect);
    }

    private String save(UUID id, ClinicForm clinic, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, id, clinic, FormErrors.unreadable(binding, ClinicForm::fieldOf, messages));
        }
        try {
            if (id == null) {
                network.openClinic(clinic.toRequest());
            }
            else {
                network.reviseClinic(id, clinic.toRequest());
            }
        }
        catch (ServiceProblemException refused) {
            return form(model, id, clinic, FormErrors.refused(refused.problem(), ClinicForm::fieldOf));
        }
        redirect.addFlashAttribute("saved", clinic.name());
        return "redirect:/admin/clinics";
    }

    private String form(Model model, UUID id, ClinicForm clinic, Map<String, String> errors) {
        model.addAttribute("clinicId", id);
        model.addAttribute("clinic", clinic);
        model.addAttribute("zones", ZONES);
        model.addAttribute("sessionLengths", pages.sessionLengths());
        model.addAttribute("errors", errors);
        return "admin/clinic-form";
    }
}
