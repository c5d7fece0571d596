package com.clinicnet.web.admin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinicnet.web.admin.NetworkRecords.Schedule;
import com.clinicnet.web.admin.NetworkRecords.Shift;

/** A weekly schedule being written: the date it takes effect and its rows (clinic, weekday, starts, ends). */
record ScheduleForm(LocalDate effectiveFrom, List<Row> shifts) {

    private static final Pattern SHIFT_FIELD = Pattern.compile("shifts\\[(\\d+)].*");

    ScheduleForm {
        shifts = shifts == null ? List.of() : shifts.stream().filter(Objects::nonNull).toList();
    }

    record Row(UUID clinicId, DayOfWeek weekday, LocalTime starts, LocalTime ends) {

        static Row blank() {
            return new Row(null, null, null, null);
        }

        boolean isBlank() {
            return clinicId == null && weekday == null && starts == null && ends == null;
        }
    }

    /** The schedule in force last (or to come), from the given date; one empty row when there is none. */
    static ScheduleForm startingFrom(List<Schedule> schedules, LocalDate effectiveFrom) {
        List<Row> rows = schedules.isEmpty() ? List.of()
                : schedules.getLast().shifts().stream()
                        .map(shift -> new Row(shift.clinicId(), shift.weekday(), shift.starts(), shift.ends())).toList();
        return new ScheduleForm(effectiveFrom, rows);
    }

    /** The rows to show: the form's, and an empty one to fill in when there are none. */
    public List<Row> rows() {
        return shifts.isEmpty() ? List.of(Row.blank()) : shifts;
    }

    ScheduleForm withAnotherRow() {
        List<Row> rows = new ArrayList<>(shifts);
        rows.add(Row.blank());
        return new ScheduleForm(effectiveFrom, rows);
    }

    ScheduleForm withoutRow(int index) {
        List<Row> rows = new ArrayList<>(shifts);
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
        return new ScheduleForm(effectiveFrom, rows);
    }

    /** Without the rows left empty, so that the service's row numbers are the form's. */
    ScheduleForm filledIn() {
        return new ScheduleForm(effectiveFrom, shifts.stream().filter(row -> !row.isBlank()).toList());
    }

    Schedule toSchedule() {
        return new Schedule(effectiveFrom, shifts.stream()
                .map(row -> new Shift(row.clinicId(), row.weekday(), row.starts(), row.ends())).toList());
    }

    /** The form's field for a field the service names: "shifts[2].ends" is the third row, "shift-2". */
    static String fieldOf(String serviceField) {
        Matcher row = SHIFT_FIELD.matcher(serviceField);
        return row.matches() ? "shift-" + row.group(1) : serviceField;
    }
}
