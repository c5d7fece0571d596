package com.clinicnet.web.admin;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import com.clinicnet.web.admin.NetworkRecords.ClinicDetails;
import com.clinicnet.web.admin.NetworkRecords.ClinicRequest;
import com.clinicnet.web.admin.NetworkRecords.Hours;

/**
 * A clinic as the form shows it: the notice in minutes or hours, and one row per weekday that is either closed or
 * open from one time to another.
 */
record ClinicForm(String name, String city, String address, String timeZone, Integer treatmentRooms,
        Integer bufferMinutes, Integer notice, String noticeUnit, List<Integer> sessionTypes, List<Day> days) {

    static final String HOURS = "HOURS";
    static final String MINUTES = "MINUTES";
    private static final int MINUTES_PER_HOUR = 60;

    ClinicForm {
        sessionTypes = sessionTypes == null ? List.of() : List.copyOf(sessionTypes);
        days = days == null ? List.of() : days.stream().filter(Objects::nonNull).toList();
    }

    /** One weekday: closed, or open from {@code opens} to {@code closes}. */
    record Day(DayOfWeek weekday, LocalTime opens, LocalTime closes, Boolean closed) {

        boolean isOpen() {
            return !Boolean.TRUE.equals(closed) && opens != null && closes != null;
        }
    }

    /** A new clinic's form: open every day but Sunday, the service's usual notice of a day. */
    static ClinicForm blank(List<Integer> sessionLengths) {
        List<Day> days = Arrays.stream(DayOfWeek.values()).map(day -> day == DayOfWeek.SUNDAY
                ? new Day(day, null, null, true)
                : new Day(day, LocalTime.of(9, 0), LocalTime.of(20, 0), false)).toList();
        return new ClinicForm("", "", "", "Europe/Lisbon", 1, 10, 24, HOURS, sessionLengths, days);
    }

    static ClinicForm of(ClinicDetails clinic) {
        List<Day> days = Arrays.stream(DayOfWeek.values()).map(day -> clinic.openingHours().stream()
                .filter(hours -> hours.weekday() == day).findFirst()
                .map(hours -> new Day(day, hours.opens(), hours.closes(), false))
                .orElse(new Day(day, null, null, true))).toList();
        long notice = clinic.lateCancellationNoticeMinutes();
        boolean inHours = notice % MINUTES_PER_HOUR == 0;
        return new ClinicForm(clinic.name(), clinic.city(), clinic.address(), clinic.timeZone(),
                clinic.treatmentRooms(), (int) clinic.bufferMinutes(),
                (int) (inHours ? notice / MINUTES_PER_HOUR : notice), inHours ? HOURS : MINUTES,
                clinic.sessionTypes().stream().sorted().toList(), days);
    }

    ClinicRequest toRequest() {
        Integer noticeMinutes = notice == null ? null : HOURS.equals(noticeUnit) ? notice * MINUTES_PER_HOUR : notice;
        return new ClinicRequest(name, city, address, timeZone, treatmentRooms, bufferMinutes, noticeMinutes,
                new LinkedHashSet<>(sessionTypes),
                days.stream().filter(Day::isOpen).map(day -> new Hours(day.weekday(), day.opens(), day.closes())).toList());
    }

    /** The form's field for a field the service names ("openingHours[2].closes" is the opening hours). */
    static String fieldOf(String serviceField) {
        if (serviceField.startsWith("openingHours") || serviceField.startsWith("days")) {
            return "openingHours";
        }
        if (serviceField.startsWith("lateCancellationNotice") || serviceField.startsWith("notice")) {
            return "notice";
        }
        if (serviceField.startsWith("sessionTypes")) {
            return "sessionTypes";
        }
        return serviceField;
    }
}
