package com.clinicnet.web.frontdesk;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.clinicnet.web.services.ClinicHours;
import com.clinicnet.web.services.StaffSession;

/**
 * A clinic's day as its front desk sees it: rows of time from opening to closing (in the clinic's own zone, so a day
 * the clocks change still reads 09:00, 09:30...), a column per treatment room, each session in its room from its
 * start for as many rows as it lasts, and the free cells between. Cancelled sessions hold no room and are listed
 * apart; a session the grid cannot place (outside the rooms, or on a cell already taken) is listed apart too rather
 * than hidden.
 */
public record ClinicDay(LocalDate date, ZoneId zone, int rooms, List<Row> rows, List<StaffSession> cancelled,
        List<StaffSession> elsewhere) {

    public static ClinicDay of(ClinicHours clinic, LocalDate date, List<StaffSession> sessions, Duration step) {
        ZoneId zone = ZoneId.of(clinic.timeZone());
        List<StaffSession> held = sessions.stream().filter(session -> !session.isCancelled())
                .sorted(Comparator.comparing(StaffSession::startsAt)).toList();
        List<StaffSession> cancelled = sessions.stream().filter(StaffSession::isCancelled)
                .sorted(Comparator.comparing(StaffSession::startsAt)).toList();
        Optional<ClinicHours.Opening> opening = clinic.openingHours().stream()
                .filter(hours -> hours.weekday() == date.getDayOfWeek()).findFirst();
        LocalTime first = opening.map(ClinicHours.Opening::opens).orElse(null);
        LocalTime last = opening.map(ClinicHours.Opening::closes).orElse(null);
        // a session booked outside today's hours (hours changed since) still gets its rows
        for (StaffSession session : held) {
            LocalTime starts = localTime(session.startsAt().toInstant(), zone);
            LocalTime ends = localEnd(session, zone);
            first = first == null || starts.isBefore(first) ? starts : first;
            last = last == null || ends.isAfter(last) ? ends : last;
        }
        if (first == null) {
            return new ClinicDay(date, zone, clinic.treatmentRooms(), List.of(), cancelled, List.of());
        }
        List<LocalTime> times = rowTimes(floor(first, step), last, step);
        Cell[][] cells = new Cell[times.size()][clinic.treatmentRooms()];
        List<StaffSession> elsewhere = new ArrayList<>();
        for (StaffSession session : held) {
            int room = session.room() - 1;
            int row = times.indexOf(floor(localTime(session.startsAt().toInstant(), zone), step));
            int span = (int) Math.max(1, ceilDiv(Duration.ofMinutes(session.durationMinutes()), step));
            span = Math.min(span, times.size() - Math.max(row, 0));
            if (room < 0 || room >= clinic.treatmentRooms() || row < 0 || !free(cells, row, room, span)) {
                elsewhere.add(session);
                continue;
            }
            cells[row][room] = new Cell(session.room(), session, span);
            for (int covered = row + 1; covered < row + span; covered++) {
                cells[covered][room] = Cell.COVERED;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int row = 0; row < times.size(); row++) {
            List<Cell> shown = new ArrayList<>();
            for (int room = 0; room < clinic.treatmentRooms(); room++) {
                Cell cell = cells[row][room];
                if (cell == null) {
                    shown.add(new Cell(room + 1, null, 1));
                }
                else if (cell != Cell.COVERED) {
                    shown.add(cell);
                }
            }
            rows.add(new Row(times.get(row), shown));
        }
        return new ClinicDay(date, zone, clinic.treatmentRooms(), rows, cancelled, elsewhere);
    }

    public boolean closed() {
        return rows.isEmpty();
    }

    /** The rooms' numbers, for the grid's column headers. */
    public List<Integer> roomNumbers() {
        return java.util.stream.IntStream.rangeClosed(1, rooms).boxed().toList();
    }

    /** Every session of the day that holds a room, in time order (the printable sheet's rows). */
    public List<StaffSession> held() {
        List<StaffSession> held = new ArrayList<>(rows.stream().flatMap(row -> row.cells().stream())
                .filter(cell -> cell.session() != null).map(Cell::session).toList());
        held.addAll(elsewhere);
        held.sort(Comparator.comparing(StaffSession::startsAt).thenComparing(StaffSession::room));
        return held;
    }

    public record Row(LocalTime time, List<Cell> cells) {
    }

    /** A room at a time: a session starting there (spanning its rows) or free (no session). */
    public record Cell(int room, StaffSession session, int span) {

        static final Cell COVERED = new Cell(0, null, 0);

        public boolean isFree() {
            return session == null;
        }
    }

    private static boolean free(Cell[][] cells, int row, int room, int span) {
        for (int at = row; at < row + span; at++) {
            if (cells[at][room] != null) {
                return false;
            }
        }
        return true;
    }

    private static List<LocalTime> rowTimes(LocalTime first, LocalTime last, Duration step) {
        List<LocalTime> times = new ArrayList<>();
        // a closing at midnight reads as 00:00: the day then runs to its end
        LocalTime end = last.equals(LocalTime.MIDNIGHT) ? LocalTime.MAX : last;
        for (LocalTime time = first; time.isBefore(end); time = time.plus(step)) {
            times.add(time);
            if (time.plus(step).isBefore(time)) {
                break;
            }
        }
        return times;
    }

    private static LocalTime localTime(java.time.Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalTime();
    }

    private static LocalTime localEnd(StaffSession session, ZoneId zone) {
        return localTime(session.startsAt().toInstant().plus(Duration.ofMinutes(session.durationMinutes())), zone);
    }

    private static LocalTime floor(LocalTime time, Duration step) {
        long minutes = time.toSecondOfDay() / 60;
        return LocalTime.ofSecondOfDay(minutes / step.toMinutes() * step.toMinutes() * 60);
    }

    private static long ceilDiv(Duration length, Duration step) {
        return Math.ceilDiv(length.toMinutes(), step.toMinutes());
    }
}
