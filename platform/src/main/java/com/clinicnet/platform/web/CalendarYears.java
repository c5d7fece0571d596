package com.clinicnet.platform.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;

import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates and date-times a client sends must fall in the years 0001 to 9999, the four-digit years of ISO 8601:
 * java.time reads years up to ±999,999,999, and one day added to the last of them (a calendar, a search window)
 * overflowed into a 500, as would PostgreSQL, whose timestamps end in the year 294,276. Beyond them, a date is
 * refused as a malformed value, with its field or parameter named, like any other.
 */
public final class CalendarYears {

    static final int FIRST = 1;
    static final int LAST = 9999;
    private static final String OUT_OF_RANGE = "is outside the years " + FIRST + " to " + LAST;

    private CalendarYears() {
    }

    static boolean isWithin(TemporalAccessor value) {
        if (!value.isSupported(ChronoField.YEAR)) {
            return true;
        }
        int year = value.get(ChronoField.YEAR);
        return year >= FIRST && year <= LAST;
    }

    /** For request bodies: every date or date-time Jackson reads is checked once read. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("clinicnet-calendar-years");
        module.setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                    BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
                return Temporal.class.isAssignableFrom(description.getBeanClass()) ? new Checked(deserializer)
                        : deserializer;
            }
        });
        return module;
    }

    /** For request parameters: the ISO forms Spring reads them in, checked the same way. */
    public static WebMvcConfigurer parameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addFormatters(FormatterRegistry registry) {
                // a blank parameter stays an absent one, as with Spring's own converters
                registry.addConverter(String.class, OffsetDateTime.class, (Converter<String, OffsetDateTime>) text ->
                        text.isBlank() ? null : within(OffsetDateTime.parse(text.strip())));
                registry.addConverter(String.class, LocalDate.class, (Converter<String, LocalDate>) text ->
                        text.isBlank() ? null : within(LocalDate.parse(text.strip())));
            }
        };
    }

    private static <T extends TemporalAccessor> T within(T value) {
        if (!isWithin(value)) {
            throw new IllegalArgumentException(value + " " + OUT_OF_RANGE);
        }
        return value;
    }

    /** Jackson's own deserializer of the type, then the check. */
    private static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object value = super.deserialize(parser, context);
            if (value instanceof TemporalAccessor temporal && !isWithin(temporal)) {
                return context.handleWeirdStringValue(handledType(), String.valueOf(value), OUT_OF_RANGE);
            }
            return value;
        }
    }
}
