package com.clinicnet.web.admin;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicnet.web.WebProperties;
import com.clinicnet.web.admin.NetworkRecords.ClinicDetails;
import com.clinicnet.web.admin.NetworkRecords.TherapistDetails;
import com.clinicnet.web.admin.NetworkRecords.TimeOffRequest;
import com.clinicnet.web.services.ServiceProblemException;

/**
 * A therapist's time off: what is ahead, adding a period, removing one. Times are written in the zone of the first
 * of their clinics (by name), which the page names.
 */
@Controller
class TimeOffController {

    private final Network network;
    private final ZoneId networkZone;

    TimeOffController(Network network, WebProperties properties) {
        this.network = network;
        this.networkZone = properties.defaultTimeZone();
    }

    /** A period away as the form has it, in local date-times of the page's zone. */
    record TimeOffForm(LocalDateTime from, LocalDateTime to, String reason) {

        static TimeOffForm blank() {
            return new TimeOffForm(null, null, "");
        }

        TimeOffRequest toRequest(ZoneId zone) {
            return new TimeOffRequest(from == null ? null : from.atZone(zone).toOffsetDateTime(),
                    to == null ? null : to.atZone(zone).toOffsetDateTime(), reason == null || reason.isBlank() ? null : reason);
        }
    }

    @GetMapping("/admin/therapists/{id}/time-off")
    String timeOff(@PathVariable UUID id, Model model) {
        return page(model, network.therapist(id), TimeOffForm.blank(), Map.of());
    }

    @PostMapping("/admin/therapists/{id}/time-off")
    String add(@PathVariable UUID id, @ModelAttribute("timeOff") TimeOffForm timeOff, Model model,
            RedirectAttributes redirect) {
        TherapistDetails therapist = network.therapist(id);
        try {
            network.addTimeOff(id, timeOff.toRequest(zoneOf(therapist)));
        }
        catch (ServiceProblemException refused) {
            return page(model, therapist, timeOff, FormErrors.refused(refused.problem(), field -> field));
        }
        redirect.addFlashAttribute("added", true);
        return "redirect:/admin/therapists/" + id + "/time-off";
    }

    @PostMapping("/admin/therapists/{id}/time-off/{timeOffId}/removal")
    String remove(@PathVariable UUID id, @PathVariable UUID timeOffId, RedirectAttributes redirect) {
        network.removeTimeOff(id, timeOffId);
        redirect.addFlashAttribute("removed", true);
        return "redirect:/admin/therapists/" + id + "/time-off";
    }

    private String page(Model model, TherapistDetails therapist, TimeOffForm timeOff, Map<String, String> errors) {
        model.addAttribute("therapist", therapist);
        model.addAttribute("zone", zoneOf(therapist).getId());
        model.addAttribute("periods", therapist.timeOff().stream()
                .sorted(Comparator.comparing(NetworkRecords.TimeOff::from)).toList());
        model.addAttribute("timeOff", timeOff);
        model.addAttribute("errors", errors);
        return "admin/time-off";
    }

    private ZoneId zoneOf(TherapistDetails therapist) {
        return network.clinics().stream().filter(clinic -> therapist.clinicIds().contains(clinic.id()))
                .min(Comparator.comparing(ClinicDetails::name)).map(clinic -> ZoneId.of(clinic.timeZone()))
                .orElse(networkZone);
    }
}
