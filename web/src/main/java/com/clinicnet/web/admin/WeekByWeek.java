package com.clinicnet.web.admin;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.clinicnet.web.admin.NetworkRecords.CalendarEntry;

/**
 * A therapist's calendar laid out a week to a row, each shift on its local date in its clinic's zone, and the days
 * on which a clinic's clocks go forward or back marked, since a shift then keeps its hours but not its offset.
 * Plain Java.
 */
final class WeekByWeek {

    private static final int DAYS_A_WEEK = 7;
    /** As the lead's browser tests read a shift's start: the local date and time with the offset ("+00:00"). */
    private static final DateTimeFormatter LOCAL_WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx");

    private WeekByWeek() {
    }

    enum ClockChange { FORWARD, BACK }

    record Week(LocalDate starts, List<Day> days) {
    }

    record Day(LocalDate date, List<Shift> shifts, List<Change> clockChanges) {
    }

    /** The clocks of a zone go forward or back on a day. */
    record Change(ZoneId zone, ClockChange direction) {
    }

    /** One shift as the table shows it: local times in its clinic's zone, and its start with offset. */
    record Shift(UUID clinicId, String clinicName, LocalTime starts, LocalTime ends, String timeZone, long minutes,
            String startsWithOffset) {
    }

    static List<Week> of(List<CalendarEntry> entries, LocalDate from, int weeks, Collection<ZoneId> zones,
            Map<UUID, String> clinicNames) {
        List<Week> table = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            LocalDate weekStarts = from.plusWeeks(week);
            List<Day> days = new ArrayList<>();
            for (int day = 0; day < DAYS_A_WEEK; day++) {
                LocalDate date = weekStarts.plusDays(day);
                days.add(new Day(date, shiftsOn(date, entries, clinicNames), clockChanges(date, zones)));
            }
            table.add(new Week(weekStarts, days));
        }
        return table;
    }

    private static List<Shift> shiftsOn(LocalDate date, List<CalendarEntry> entries, Map<UUID, String> clinicNames) {
        return entries.stream().map(entry -> {
            ZoneId zone = ZoneId.of(entry.timeZone());
            ZonedDateTime starts = entry.starts().atZoneSameInstant(zone);
            ZonedDateTime ends = entry.ends().atZoneSameInstant(zone);
            return starts.toLocalDate().equals(date)
                    ? new Shift(entry.clinicId(), clinicNames.getOrDefault(entry.clinicId(), ""),
                            starts.toLocalTime(), ends.toLocalTime(), entry.timeZone(), entry.minutes(),
                            starts.format(LOCAL_WITH_OFFSET))
                    : null;
        }).filter(java.util.Objects::nonNull).toList();
    }

    private static List<Change> clockChanges(LocalDate date, Collection<ZoneId> zones) {
        List<Change> changes = new ArrayList<>();
        for (ZoneId zone : zones) {
            ZoneOffset before = date.atStartOfDay(zone).getOffset();
            ZoneOffset after = date.plusDays(1).atStartOfDay(zone).getOffset();
            if (after.getTotalSeconds() > before.getTotalSeconds()) {
                changes.add(new Change(zone, ClockChange.FORWARD));
            }
            else if (after.getTotalSeconds() < before.getTotalSeconds()) {
                changes.add(new Change(zone, ClockChange.BACK));
            }
        }
        return changes;
    }
}
