package com.clinicnet.web.layout;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Times as the pages show them: in the clinic's zone, with the zone named, in the page's language
 * ("Tue 8 Dec, 10:00 (Europe/Lisbon)"). Used from the templates as {@code @times}.
 */
@Component("times")
public class Times {

    private final MessageSource messages;

    Times(MessageSource messages) {
        this.messages = messages;
    }

    private static final String DAY_AND_TIME = "EEE d MMM, HH:mm";
    private static final String TIME = "HH:mm";

    public String dayAndTime(OffsetDateTime at, String zone) {
        return in(at, zone).format(formatter(DAY_AND_TIME)) + " (" + zone + ")";
    }

    /** A whole day, as each language writes it ("Tuesday 8 December", "terça-feira, 8 de dezembro"). */
    public String day(LocalDate day) {
        return day.format(formatter(messages.getMessage("format.day", null, LocaleContextHolder.getLocale())));
    }

    public String time(OffsetDateTime at, String zone) {
        return in(at, zone).format(formatter(TIME));
    }

    public static java.time.ZonedDateTime in(OffsetDateTime at, String zone) {
        return at.atZoneSameInstant(ZoneId.of(zone));
    }

    private static DateTimeFormatter formatter(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, LocaleContextHolder.getLocale());
    }
}
