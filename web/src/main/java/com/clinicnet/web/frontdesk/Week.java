package com.clinicnet.web.frontdesk;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import com.clinicnet.web.services.StaffSession;

/** Seven days from a Monday, each with its sessions in time order, by the day each falls on in its clinic's zone. */
public record Week(List<Day> days) {

    private static final int DAYS = 7;

    public static Week of(LocalDate monday, List<StaffSession> sessions) {
        return new Week(IntStream.range(0, DAYS).mapToObj(monday::plusDays)
                .map(day -> new Day(day, sessions.stream()
                        .filter(session -> session.startsAt().atZoneSameInstant(ZoneId.of(session.clinicTimeZone())).toLocalDate().equals(day))
                        .sorted(Comparator.comparing(StaffSession::startsAt)).toList()))
                .toList());
    }

    public record Day(LocalDate date, List<StaffSession> sessions) {
    }
}
