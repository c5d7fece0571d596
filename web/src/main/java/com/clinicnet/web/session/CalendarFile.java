package com.clinicnet.web.session;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.clinicnet.web.services.Clinic;
import com.clinicnet.web.services.Session;

/**
 * An iCalendar (RFC 5545) event for a booked session: times in UTC, where and with whom, nothing about the reason
 * for the visit (a calendar is often shared).
 */
final class CalendarFile {

    static final String MEDIA_TYPE = "text/calendar";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String LINE_END = "\r\n";

    private CalendarFile() {
    }

    static String of(Session session, Clinic clinic, String summary, Instant stamp) {
        return String.join(LINE_END,
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//ClinicNet//Web//EN",
                "BEGIN:VEVENT",
                "UID:" + session.id() + "@clinicnet",
                "DTSTAMP:" + UTC.format(stamp),
                "DTSTART:" + UTC.format(session.startsAt().toInstant()),
                "DTEND:" + UTC.format(session.endsAt().toInstant()),
                "SUMMARY:" + escaped(summary),
                "LOCATION:" + escaped(clinic.name() + ", " + clinic.address()),
                "END:VEVENT",
                "END:VCALENDAR") + LINE_END;
    }

    /** RFC 5545 text: backslash, comma and semicolon escaped, no line breaks. */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replaceAll("[\\r\\n]+", " ");
    }
}
