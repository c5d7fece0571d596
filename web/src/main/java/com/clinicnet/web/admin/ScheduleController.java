package com.clinicnet.web.admin;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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

import com.clinicnet.web.WebProperties;
import com.clinicnet.web.admin.NetworkRecords.CalendarEntry;
import com.clinicnet.web.admin.NetworkRecords.ClinicDetails;
import com.clinicnet.web.admin.NetworkRecords.TherapistDetails;
import com.clinicnet.web.services.ServiceProblemException;

/**
 * A therapist's weekly schedule: written row by row, previewed as the calendar it gives over the next weeks (next to
 * the calendar as it stands), then saved.
 */
@Controller
class ScheduleController {

    private static final int DAYS_A_WEEK = 7;

    private final Network network;
    private final AdminPages pages;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId networkZone;

    ScheduleController(Network network, AdminPages pages, MessageSource messages, Clock clock,
            WebProperties properties) {
        this.network = network;
        this.pages = pages;
        this.messages = messages;
        this.clock = clock;
        this.networkZone = properties.defaultTimeZone();
    }

    @GetMapping("/admin/therapists/{id}/schedule")
    String schedule(@PathVariable UUID id, Model model) {
        TherapistDetails therapist = network.therapist(id);
        LocalDate nextMonday = today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return page(model, therapist, ScheduleForm.startingFrom(therapist.schedules(), nextMonday), null, Map.of());
    }

    @PostMapping("/admin/therapists/{id}/schedule/rows")
    String changeRows(@PathVariable UUID id, @ModelAttribute("schedule") ScheduleForm schedule, BindingResult binding,
            @RequestParam(required = false) Integer remove, Model model) {
        ScheduleForm entered = entered(schedule);
        return page(model, network.therapist(id), remove == null ? entered.withAnotherRow() : entered.withoutRow(remove),
                null, Map.of());
    }

    @PostMapping("/admin/therapists/{id}/schedule/preview")
    String preview(@PathVariable UUID id, @ModelAttribute("schedule") ScheduleForm schedule, BindingResult binding,
            Model model) {
        TherapistDetails therapist = network.therapist(id);
        ScheduleForm entered = entered(schedule).filledIn();
        if (binding.hasErrors()) {
            return page(model, therapist, entered, null, FormErrors.unreadable(binding, ScheduleForm::fieldOf, messages));
        }
        if (entered.effectiveFrom() == null) {
            return page(model, therapist, entered, null, Map.of("effectiveFrom",
                    messages.getMessage("admin.schedule.effectiveFrom.missing", null,
                            org.springframework.context.i18n.LocaleContextHolder.getLocale())));
        }
        try {
            List<CalendarEntry> preview = network.previewSchedule(id, entered.toSchedule(), entered.effectiveFrom(),
                    lastDayFrom(entered.effectiveFrom()));
            return page(model, therapist, entered, preview, Map.of());
        }
        catch (ServiceProblemException refused) {
            return page(model, therapist, entered, null, FormErrors.refused(refused.problem(), ScheduleForm::fieldOf));
        }
    }

    @PostMapping("/admin/therapists/{id}/schedule")
    String save(@PathVariable UUID id, @ModelAttribute("schedule") ScheduleForm schedule, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        ScheduleForm entered = entered(schedule).filledIn();
        if (binding.hasErrors()) {
            return page(model, network.therapist(id), entered, null,
                    FormErrors.unreadable(binding, ScheduleForm::fieldOf, messages));
        }
        try {
            network.saveSchedule(id, entered.toSchedule());
        }
        catch (ServiceProblemException refused) {
            return page(model, network.therapist(id), entered, null,
                    FormErrors.refused(refused.problem(), ScheduleForm::fieldOf));
        }
        redirect.addFlashAttribute("saved", entered.effectiveFrom());
        return "redirect:/admin/therapists/" + id + "/schedule";
    }

    private String page(Model model, TherapistDetails therapist, ScheduleForm schedule, List<CalendarEntry> preview,
            Map<String, String> errors) {
        List<ClinicDetails> theirClinics = network.clinics().stream()
                .filter(clinic -> therapist.clinicIds().contains(clinic.id())).toList();
        Map<UUID, String> names = theirClinics.stream()
                .collect(Collectors.toMap(ClinicDetails::id, ClinicDetails::name));
        List<ZoneId> zones = theirClinics.stream().map(clinic -> ZoneId.of(clinic.timeZone())).distinct().toList();
        LocalDate today = today();
        model.addAttribute("therapist", therapist);
        model.addAttribute("clinics", theirClinics);
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("schedule", schedule);
        model.addAttribute("errors", errors);
        model.addAttribute("current", WeekByWeek.of(network.calendar(therapist.id(), today, lastDayFrom(today)), today,
                pages.previewWeeks(), zones, names));
        model.addAttribute("preview", preview == null ? null
                : WeekByWeek.of(preview, schedule.effectiveFrom(), pages.previewWeeks(), zones, names));
        return "admin/schedule";
    }

    private LocalDate lastDayFrom(LocalDate from) {
        return from.plusDays((long) pages.previewWeeks() * DAYS_A_WEEK - 1);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(networkZone));
    }

    private static ScheduleForm entered(ScheduleForm schedule) {
        return schedule == null ? new ScheduleForm(null, List.of()) : schedule;
    }
}
