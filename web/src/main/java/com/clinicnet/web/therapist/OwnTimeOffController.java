package com.clinicnet.web.therapist;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

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
import com.clinicnet.web.services.ServiceProblemException;
import com.clinicnet.web.services.StaffRoster;
import com.clinicnet.web.services.TherapistService;
import com.clinicnet.web.services.TherapistTimeOff;
import com.clinicnet.web.signin.SignedIn;
import com.clinicnet.web.signin.StaffPages;

/**
 * My time off: what is ahead, adding a period (entered in the clinic's local time, sent with its offset, so that a
 * night the clocks change is never ambiguous) and removing one.
 */
@Controller
@RequestMapping(StaffPages.THERAPIST + "/time-off")
class OwnTimeOffController {

    private final StaffRoster roster;
    private final TherapistService therapists;
    private final WebProperties web;

    OwnTimeOffController(StaffRoster roster, TherapistService therapists, WebProperties web) {
        this.roster = roster;
        this.therapists = therapists;
        this.web = web;
    }

    @GetMapping
    String mine(SignedIn therapist, Model model) {
        return page(therapist, model, null, null, Map.of());
    }

    @PostMapping
    String add(SignedIn therapist,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        TherapistTimeOff me = roster.timeOffOf(therapist.therapistId());
        ZoneId zone = zoneOf(me);
        try {
            roster.addTimeOff(therapist.therapistId(), new TherapistTimeOff.Request(
                    from == null ? null : from.atZone(zone).toOffsetDateTime(),
                    to == null ? null : to.atZone(zone).toOffsetDateTime(),
                    reason == null || reason.isBlank() ? null : reason.strip()));
        }
        catch (ServiceProblemException refused) {
            model.addAttribute("problem", refused.problem());
            return page(therapist, model, from, to, refused.problem().messagesByField(UnaryOperator.identity()));
        }
        redirect.addFlashAttribute(MyDayController.DONE, "therapist.done.timeOffAdded");
        return "redirect:" + StaffPages.THERAPIST + "/time-off";
    }

    @PostMapping("/{timeOffId}/remove")
    String remove(SignedIn therapist, @PathVariable UUID timeOffId, RedirectAttributes redirect) {
        roster.removeTimeOff(therapist.therapistId(), timeOffId);
        redirect.addFlashAttribute(MyDayController.DONE, "therapist.done.timeOffRemoved");
        return "redirect:" + StaffPages.THERAPIST + "/time-off";
    }

    private String page(SignedIn therapist, Model model, LocalDateTime from, LocalDateTime to,
            Map<String, String> errors) {
        TherapistTimeOff me = roster.timeOffOf(therapist.therapistId());
        model.addAttribute("me", me);
        model.addAttribute("zone", zoneOf(me).getId());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("errors", errors);
        return "therapist/time-off";
    }

    /** Time off is entered in the zone of the therapist's (first) clinic; the network's default without one. */
    private ZoneId zoneOf(TherapistTimeOff me) {
        return me.clinicIds().stream().sorted().findFirst().map(therapists::clinic)
                .map(clinic -> ZoneId.of(clinic.timeZone())).orElse(web.defaultTimeZone());
    }
}
