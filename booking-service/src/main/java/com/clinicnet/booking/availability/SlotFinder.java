package com.clinicnet.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.clinicnet.booking.directory.ClinicView;
import com.clinicnet.booking.directory.TherapistView;
import com.clinicnet.booking.intake.TreatmentNeeds;
import com.clinicnet.platform.problem.RuleViolationException;
import com.clinicnet.workingtime.WorkingCalendar;
import com.clinicnet.workingtime.WorkingInterval;

/**
 * Finds bookable slots: the therapist works then (shifts minus time off), has a specialty the concern needs, is
 * free including the buffer, and a treatment room is free for the whole session and buffer. Slots start on the
 * grid of the clinic's clock, never before now plus the minimum lead time. Plain Java, no I/O: everything it needs
 * is handed in, so its cost does not grow with database round trips.
 */
final class SlotFinder {

    private static final int PLAN_THERAPIST = 1000;
    private static final int PER_LEVEL = 100;

    private final Duration grid;
    private final Duration minimumLeadTime;

    public SlotFinder(Duration grid, Duration minimumLeadTime) {
        this.grid = grid;
        this.minimumLeadTime = minimumLeadTime;
    }

    /** The slots, best first; refuses the search (as booking would) for a client whose intake shows a red flag. */
    public List<Slot> find(SlotSearch search, List<ClinicView> clinics, List<TherapistView> therapists,
            List<Occupancy> occupancy, Instant now) {
        search.needs().ifPresent(TreatmentNeeds::requireNoRedFlag);
        Map<UUID, ClinicView> clinicsById = clinics.stream()
                .collect(Collectors.toMap(ClinicView::id, Function.identity()));
        Map<UUID, OccupancyTimeline> byTherapist = timelines(occupancy, Occupancy::therapistId);
        Map<UUID, OccupancyTimeline> byClinic = timelines(occupancy, Occupancy::clinicId);
        Instant earliest = later(search.from(), now.plus(minimumLeadTime));
        List<Slot> slots = new ArrayList<>();
        for (TherapistView therapist : therapists) {
            if (search.therapistId().map(id -> !id.equals(therapist.id())).orElse(false) || !search.allows(therapist)) {
                continue;
            }
            List<String> matched = matchedSpecialties(therapist, search.specialties());
            if (!search.specialties().isEmpty() && matched.isEmpty()) {
                continue;
            }
            for (WorkingInterval interval : workingIntervals(therapist, clinicsById, search)) {
                ClinicView clinic = clinicsById.get(interval.clinicId());
                if (!clinic.sessionTypes().contains((int) search.length().toMinutes())
                        || clinic.isClosedAt(interval.starts().toInstant())) {
                    continue;
                }
                // only what overlaps this working interval can block one of its slots: checked once, not per slot
                Instant intervalEnd = interval.ends().toInstant().plus(clinic.bufferAfterSession());
                addSlots(slots, therapist, clinic, interval, matched, search, earliest,
                        overlapping(byTherapist, therapist.id(), interval.starts().toInstant(), intervalEnd),
                        overlapping(byClinic, clinic.id(), interval.starts().toInstant(), intervalEnd));
            }
        }
        slots.sort(Comparator.comparingInt(Slot::score).reversed()
                .thenComparing(slot -> slot.starts().toInstant())
                .thenComparing(slot -> slot.therapistId().toString()));
        return slots;
    }

    /**
     * Refuses (422) a session the therapist does not work, off the grid, or of a type the clinic does not offer: the
     * same search that offers slots, asked about exactly this one. Whether the therapist or a room is still free is
     * left to the database's exclusion constraints.
     */
    public void requireWorkable(ClinicView clinic, List<TherapistView> therapist, UUID therapistId,
            Instant startsAt, Duration length, Instant now) {
        if (!clinic.sessionTypes().contains((int) length.toMinutes())) {
            throw new RuleViolationException("durationMinutes", "This clinic does not offer " + length.toMinutes()
                    + "-minute sessions");
        }
        if (!onGrid(startsAt.atZone(clinic.timeZone()))) {
            throw new RuleViolationException("startsAt", "Sessions start on the quarter hour of the clinic's clock");
        }
        SlotSearch exactly = new SlotSearch(length, startsAt, startsAt.plus(length), Set.of(), Optional.of(therapistId),
                Optional.empty());
        boolean works = find(exactly, List.of(clinic), therapist, List.of(), now).stream()
                .anyMatch(slot -> slot.starts().toInstant().equals(startsAt));
        if (!works) {
            throw new RuleViolationException("startsAt", "The therapist does not work at this clinic at that time");
        }
    }

    /** Whether a session starting then is on the grid of the clinic's clock. */
    public boolean onGrid(ZonedDateTime start) {
        long minutes = start.getHour() * 60L + start.getMinute();
        return start.getSecond() == 0 && start.getNano() == 0 && minutes % grid.toMinutes() == 0;
    }

    private void addSlots(List<Slot> slots, TherapistView therapist, ClinicView clinic, WorkingInterval interval,
            List<String> matched, SlotSearch search, Instant earliest, List<Occupancy> therapistBusy,
            List<Occupancy> clinicRooms) {
        int score = score(therapist, matched, search);
        Instant intervalEnd = interval.ends().toInstant();
        // stepping the instant is what stepping the clinic's clock by a fixed duration does; the zone is applied
        // only to the slots kept, not to every candidate
        for (Instant from = firstOnGrid(interval.starts()).toInstant();
                !from.plus(search.length()).isAfter(intervalEnd) && from.isBefore(search.to());
                from = from.plus(grid)) {
            Instant end = from.plus(search.length());
            Instant blockedUntil = end.plus(clinic.bufferAfterSession());
            if (!from.isBefore(earliest) && free(therapistBusy, from, blockedUntil)
                    && roomFree(clinicRooms, clinic.treatmentRooms(), from, blockedUntil)) {
                slots.add(new Slot(therapist.id(), therapist.name(), clinic.id(), clinic.name(),
                        from.atZone(clinic.timeZone()), end.atZone(clinic.timeZone()), matched, score));
            }
        }
    }

    /**
     * Whether the therapist still works the whole of a session at the clinic: active there, on a shift, not away,
     * the clinic open that day.
     * What is booked does not matter (the session itself is), nor the lead time a new booking needs.
     */
    boolean works(ClinicView clinic, TherapistView therapist, Instant startsAt, Duration length) {
        if (!therapist.worksAt(clinic.id()) || clinic.isClosedAt(startsAt)) {
            return false;
        }
        Instant endsAt = startsAt.plus(length);
        SlotSearch exactly = new SlotSearch(length, startsAt, endsAt, Set.of(), Optional.of(therapist.id()),
                Optional.empty());
        return workingIntervals(therapist, Map.of(clinic.id(), clinic), exactly).stream()
                .anyMatch(interval -> interval.clinicId().equals(clinic.id())
                        && !interval.starts().toInstant().isAfter(startsAt)
                        && !interval.ends().toInstant().isBefore(endsAt));
    }

    private List<WorkingInterval> workingIntervals(TherapistView therapist, Map<UUID, ClinicView> clinics,
            SlotSearch search) {
        Map<UUID, java.time.ZoneId> zones = therapist.clinicIds().stream().filter(clinics::containsKey)
                .collect(Collectors.toMap(Function.identity(), id -> clinics.get(id).timeZone()));
        // a day either side, so every zone's local dates that touch the window are covered
        LocalDate first = search.from().atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1);
        LocalDate last = search.to().atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
        return WorkingCalendar.expand(therapist.schedules(), zones, therapist.timeOff(), first, last);
    }

    private ZonedDateTime firstOnGrid(ZonedDateTime start) {
        ZonedDateTime candidate = start.withSecond(0).withNano(0);
        long minutes = candidate.getHour() * 60L + candidate.getMinute();
        long remainder = minutes % grid.toMinutes();
        candidate = remainder == 0 ? candidate : candidate.plusMinutes(grid.toMinutes() - remainder);
        return candidate.isBefore(start) ? candidate.plus(grid) : candidate;
    }

    private static Map<UUID, OccupancyTimeline> timelines(List<Occupancy> occupancy, Function<Occupancy, UUID> owner) {
        return occupancy.stream().collect(Collectors.groupingBy(owner)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> new OccupancyTimeline(entry.getValue())));
    }

    private static List<Occupancy> overlapping(Map<UUID, OccupancyTimeline> timelines, UUID owner, Instant from,
            Instant until) {
        OccupancyTimeline timeline = timelines.get(owner);
        return timeline == null ? List.of() : timeline.overlapping(from, until);
    }

    private static boolean free(List<Occupancy> busy, Instant from, Instant until) {
        for (Occupancy occupied : busy) {
            if (occupied.overlaps(from, until)) {
                return false;
            }
        }
        return true;
    }

    private static boolean roomFree(List<Occupancy> sessions, int rooms, Instant from, Instant until) {
        BitSet taken = new BitSet();
        for (Occupancy occupied : sessions) {
            if (occupied.overlaps(from, until)) {
                taken.set(occupied.room());
            }
        }
        return taken.cardinality() < rooms;
    }

    private static List<String> matchedSpecialties(TherapistView therapist, Set<String> wanted) {
        return therapist.specialtyLevels().entrySet().stream()
                .filter(entry -> wanted.contains(entry.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static int score(TherapistView therapist, List<String> matched, SlotSearch search) {
        int level = matched.stream().mapToInt(code -> therapist.specialtyLevels().get(code)).max().orElse(0);
        boolean planTherapist = search.planTherapistId().map(therapist.id()::equals).orElse(false);
        return (planTherapist ? PLAN_THERAPIST : 0) + level * PER_LEVEL;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
