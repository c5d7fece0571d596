package com.clinicnet.web.availability;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.clinicnet.web.WebProperties;
import com.clinicnet.web.layout.Times;
import com.clinicnet.web.services.BookingService;
import com.clinicnet.web.services.Clinic;
import com.clinicnet.web.services.ServiceProblemException;
import com.clinicnet.web.services.Slot;
import com.clinicnet.web.services.TherapistService;

import jakarta.servlet.http.HttpSession;

/**
 * The offered slots for the chosen search, grouped by day, filtered by clinic, part of the day and the therapist's
 * language. The filters are in the URL (nothing about health); the concern stays in the session.
 */
@Controller
class SlotsController {

    private final BookingService booking;
    private final TherapistService therapists;
    private final WebProperties properties;
    private final Clock clock;

    SlotsController(BookingService booking, TherapistService therapists, WebProperties properties, Clock clock) {
        this.booking = booking;
        this.therapists = therapists;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/slots")
    String slots(@RequestParam(required = false) UUID clinicId, @RequestParam(required = false) DayPart dayPart,
            @RequestParam(required = false) String language, HttpSession session, Model model) {
        ChosenSearch chosen = ChosenSearch.in(session);
        if (chosen == null) {
            return "redirect:/search";
        }
        OffsetDateTime from = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        WebProperties.Booking offer = properties.booking();
        List<Slot> slots;
        try {
            slots = booking.availability(new BookingService.SlotQuery(chosen.concern(), chosen.city(),
                    chosen.clinicId(), null, from, from.plusDays(offer.searchDays()), offer.durationMinutes(),
                    offer.slotLimit()));
        }
        catch (ServiceProblemException refused) {
            if (refused.problem().seeADoctorFirst()) {
                return "see-a-doctor";
            }
            throw refused;
        }
        Map<UUID, Clinic> clinics = clinicsOf(slots);
        Map<UUID, List<String>> languages = languagesOf(clinics.keySet());
        List<Slot> shown = slots.stream()
                .filter(slot -> clinicId == null || clinicId.equals(slot.clinicId()))
                .filter(slot -> dayPart == null
                        || dayPart.contains(Times.in(slot.starts(), slot.timeZone()).toLocalTime()))
                .filter(slot -> language == null || language.isBlank()
                        || languages.getOrDefault(slot.therapistId(), List.of()).contains(language))
                .toList();
        model.addAttribute("concern", chosen.concern());
        model.addAttribute("days", byDay(shown));
        model.addAttribute("clinics", clinics);
        model.addAttribute("languages", languages);
        model.addAttribute("spoken", new TreeSet<>(languages.values().stream().flatMap(Collection::stream).toList()));
        model.addAttribute("dayParts", DayPart.values());
        model.addAttribute("clinicId", clinicId);
        model.addAttribute("dayPart", dayPart);
        model.addAttribute("language", language);
        return "slots";
    }

    private static Map<LocalDate, List<Slot>> byDay(List<Slot> slots) {
        return slots.stream().sorted(java.util.Comparator.comparing(Slot::starts))
                .collect(Collectors.groupingBy(slot -> Times.in(slot.starts(), slot.timeZone()).toLocalDate(),
                        LinkedHashMap::new, Collectors.toList()));
    }

    private Map<UUID, Clinic> clinicsOf(List<Slot> slots) {
        Set<UUID> offered = slots.stream().map(Slot::clinicId).collect(Collectors.toSet());
        return therapists.clinics().stream().filter(clinic -> offered.contains(clinic.id()))
                .collect(Collectors.toMap(Clinic::id, Function.identity()));
    }

    /** The slots do not name the therapist's languages: therapist-service does, clinic by clinic. */
    private Map<UUID, List<String>> languagesOf(Set<UUID> clinicIds) {
        Map<UUID, List<String>> languages = new HashMap<>();
        clinicIds.forEach(clinic -> therapists.therapistsAt(clinic)
                .forEach(therapist -> languages.put(therapist.id(), therapist.languages())));
        return languages;
    }
}
