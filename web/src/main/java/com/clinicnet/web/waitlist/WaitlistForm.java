package com.clinicnet.web.waitlist;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.clinicnet.web.availability.ChosenSearch;
import com.clinicnet.web.services.WaitlistEntry;

/**
 * The join form as the client filled it in. Kept as the text that came, so that a value that cannot be read is
 * shown back in its field with a word next to it, rather than failing the whole request.
 */
record WaitlistForm(String concern, String clinicId, String city, List<String> weekdays, String earliest,
        String latest, String duration) {

    static final List<Integer> DURATIONS = List.of(30, 60, 90);
    /** A working day, as most clinics open; the client narrows it. */
    private static final String OPENS = "09:00";
    private static final String CLOSES = "18:00";
    private static final String USUAL_DURATION = "60";

    WaitlistForm {
        concern = blankToNull(concern);
        clinicId = blankToNull(clinicId);
        city = blankToNull(city);
        weekdays = weekdays == null ? List.of() : weekdays.stream().filter(day -> day != null && !day.isBlank()).toList();
        earliest = blankToNull(earliest);
        latest = blankToNull(latest);
        duration = blankToNull(duration);
    }

    /** A fresh form, with what the client last searched for (the concern stays on the server, as there). */
    static WaitlistForm startingFrom(ChosenSearch search) {
        if (search == null) {
            return new WaitlistForm(null, null, null, List.of(), OPENS, CLOSES, USUAL_DURATION);
        }
        // the search takes a clinic over its city; a place in line takes exactly one
        String clinic = search.clinicId() == null ? null : search.clinicId().toString();
        return new WaitlistForm(search.concern(), clinic, clinic == null ? search.city() : null, List.of(), OPENS,
                CLOSES, USUAL_DURATION);
    }

    /** For the page: whether the day's box is ticked. */
    public boolean waitsOn(DayOfWeek day) {
        return weekdays.contains(day.name());
    }

    /** For the page: whether the length is the one chosen. */
    public boolean lasts(int minutes) {
        return String.valueOf(minutes).equals(duration);
    }

    /** Each field at fault with the key of its message; empty when the service may be asked. */
    Map<String, String> mistakes(Collection<String> concerns) {
        Map<String, String> mistakes = new LinkedHashMap<>();
        if (concern == null || !concerns.contains(concern)) {
            mistakes.put("concern", "waitlist.error.concern");
        }
        if ((clinicId == null) == (city == null)) {
            mistakes.put("place", "waitlist.error.place");
        }
        else if (clinicId != null && clinic().isEmpty()) {
            mistakes.put("place", "waitlist.error.place");
        }
        if (days().isEmpty()) {
            mistakes.put("weekdays", "waitlist.error.weekdays");
        }
        Optional<LocalTime> from = time(earliest);
        Optional<LocalTime> until = time(latest);
        if (from.isEmpty()) {
            mistakes.put("earliest", "waitlist.error.earliest");
        }
        if (until.isEmpty()) {
            mistakes.put("latest", "waitlist.error.latest");
        }
        Optional<Integer> minutes = minutes();
        if (minutes.isEmpty()) {
            mistakes.put("duration", "waitlist.error.duration");
        }
        if (from.isPresent() && until.isPresent()) {
            if (!until.get().isAfter(from.get())) {
                mistakes.put("latest", "waitlist.error.order");
            }
            // a session must fit inside the hours, start and end, or no freed time could ever suit
            else if (minutes.isPresent() && from.get().plusMinutes(minutes.get()).isAfter(until.get())) {
                mistakes.put("latest", "waitlist.error.tooShort");
            }
        }
        return mistakes;
    }

    /** Only for a form without {@link #mistakes}. */
    WaitlistEntry.Request request(UUID clientId) {
        return new WaitlistEntry.Request(clientId, concern, null, clinic().orElse(null), city, days(),
                time(earliest).orElseThrow(), time(latest).orElseThrow(), minutes().orElseThrow());
    }

    private Optional<UUID> clinic() {
        try {
            return Optional.ofNullable(clinicId).map(UUID::fromString);
        }
        catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private List<DayOfWeek> days() {
        return weekdays.stream().flatMap(day -> Arrays.stream(DayOfWeek.values())
                .filter(known -> known.name().equals(day))).distinct().sorted().toList();
    }

    private Optional<Integer> minutes() {
        return DURATIONS.stream().filter(this::lasts).findFirst();
    }

    private static Optional<LocalTime> time(String value) {
        try {
            // a browser's time field sends 09:00, or 09:00:00 when it offers seconds
            return Optional.ofNullable(value).map(LocalTime::parse);
        }
        catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
