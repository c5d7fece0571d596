package com.clinicnet.web.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicnet.web.admin.NetworkRecords.SpecialtyDetails;
import com.clinicnet.web.services.ServiceProblemException;

/** The specialty catalogue, and adding a specialty to it. */
@Controller
class SpecialtiesController {

    private final Network network;

    SpecialtiesController(Network network) {
        this.network = network;
    }

    /** A specialty as the form has it: the concerns it addresses written as a list ("LOWER_BACK_PAIN, STRESS"). */
    record SpecialtyForm(String code, String name, String description, String concerns) {

        static SpecialtyForm blank() {
            return new SpecialtyForm("", "", "", "");
        }

        SpecialtyDetails toRequest() {
            List<String> addressed = concerns == null ? List.of()
                    : Arrays.stream(concerns.split("[,\\s]+")).filter(concern -> !concern.isBlank())
                            .map(concern -> concern.strip().toUpperCase(Locale.ROOT)).toList();
            return new SpecialtyDetails(code == null ? null : code.strip().toUpperCase(Locale.ROOT), name,
                    description, addressed);
        }

        static String fieldOf(String serviceField) {
            return serviceField.startsWith("addressesConcerns") ? "concerns" : serviceField;
        }
    }

    @GetMapping("/admin/specialties")
    String catalogue(Model model) {
        return page(model, SpecialtyForm.blank(), Map.of());
    }

    @PostMapping("/admin/specialties")
    String add(@ModelAttribute SpecialtyForm specialty, Model model, RedirectAttributes redirect) {
        try {
            network.addSpecialty(specialty.toRequest());
        }
        catch (ServiceProblemException refused) {
            return page(model, specialty, FormErrors.refused(refused.problem(), SpecialtyForm::fieldOf));
        }
        redirect.addFlashAttribute("added", specialty.toRequest().code());
        return "redirect:/admin/specialties";
    }

    private String page(Model model, SpecialtyForm specialty, Map<String, String> errors) {
        model.addAttribute("specialties", network.specialties());
        model.addAttribute("specialty", specialty);
        model.addAttribute("errors", errors);
        return "admin/specialties";
    }
}
