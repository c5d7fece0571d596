package com.clinicnet.web.frontdesk;

import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicnet.web.WebProperties;
import com.clinicnet.web.services.ClientFound;
import com.clinicnet.web.services.ClinicHours;
import com.clinicnet.web.services.ServiceProblemException;
import com.clinicnet.web.services.StaffBookings;
import com.clinicnet.web.signin.SignedIn;
import com.clinicnet.web.signin.StaffPages;

/** Someone walks in: the desk registers them at its clinic and goes straight on to book for them. */
@Controller
@RequestMapping(StaffPages.FRONT_DESK + "/clinics/{clinicId}/walk-in")
class WalkInController {

    private final FrontDeskClinics clinics;
    private final StaffBookings bookings;
    private final FrontDeskProperties properties;
    private final WebProperties web;

    WalkInController(FrontDeskClinics clinics, StaffBookings bookings, FrontDeskProperties properties,
            WebProperties web) {
        this.clinics = clinics;
        this.bookings = bookings;
        this.properties = properties;
        this.web = web;
    }

    @GetMapping
    String form(SignedIn desk, @PathVariable UUID clinicId, Model model) {
        return page(model, clinics.served(desk, clinicId), new WalkInForm(null, null, null, null, null), Map.of());
    }

    @PostMapping
    String register(SignedIn desk, @PathVariable UUID clinicId, @ModelAttribute WalkInForm form, Model model,
            RedirectAttributes redirect) {
        ClinicHours clinic = clinics.served(desk, clinicId);
        ClientFound registered;
        try {
            registered = bookings.registerWalkIn(new ClientFound.WalkIn(form.name(), blankToNull(form.email()),
                    blankToNull(form.phone()), clinic.timeZone(),
                    form.language() == null || form.language().isBlank() ? web.defaultLanguage() : form.language(),
                    channel(form), clinicId));
        }
        catch (ServiceProblemException refused) {
            model.addAttribute("problem", refused.problem());
            return page(model, clinic, form, refused.problem().messagesByField(UnaryOperator.identity()));
        }
        redirect.addFlashAttribute(SessionActionsController.DONE, "frontDesk.done.registered");
        return "redirect:" + StaffPages.FRONT_DESK + "/clinics/" + clinicId + "/book?clientId=" + registered.id();
    }

    /** The channel chosen, or the one way the desk was given to reach them. */
    private String channel(WalkInForm form) {
        if (form.preferredChannel() != null && !form.preferredChannel().isBlank()) {
            return form.preferredChannel();
        }
        return blankToNull(form.phone()) != null && blankToNull(form.email()) == null ? properties.channelForPhone()
                : properties.channelForEmail();
    }

    private String page(Model model, ClinicHours clinic, WalkInForm form, Map<String, String> errors) {
        model.addAttribute("clinic", clinic);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("languages", web.languages());
        model.addAttribute("channels", java.util.List.of(properties.channelForEmail(), properties.channelForPhone()));
        return "front-desk/walk-in";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public record WalkInForm(String name, String phone, String email, String language, String preferredChannel) {
    }
}
