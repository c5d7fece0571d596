package com.clinicnet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.format.support.DefaultFormattingConversionService;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** A date a client sends lies in the four-digit years; the far ends of java.time's calendar are refused. */
class CalendarYearsTests {

    record TimeOff(OffsetDateTime from, LocalDate until) {
    }

    private final JsonMapper json = JsonMapper.builder().addModule(CalendarYears.module()).build();
    private final DefaultFormattingConversionService parameters = new DefaultFormattingConversionService();

    CalendarYearsTests() {
        CalendarYears.parameters().addFormatters(parameters);
    }

    @Test
    void the_first_and_last_days_of_the_four_digit_years_are_dates_like_any_other() {
        TimeOff read = json.readValue("{\"from\":\"0001-01-01T00:00:00Z\",\"until\":\"9999-12-31\"}", TimeOff.class);

        assertThat(read.until()).isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(parameters.convert("9999-12-31", LocalDate.class)).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    void a_body_date_at_the_end_of_time_is_refused_at_its_field() {
        assertThatThrownBy(() -> json.readValue("{\"from\":\"+999999999-12-31T23:59:59Z\"}", TimeOff.class))
                .isInstanceOfSatisfying(JacksonException.class,
                        refused -> assertThat(refused.getPath().getFirst().getPropertyName()).isEqualTo("from"));
        assertThatThrownBy(() -> json.readValue("{\"until\":\"0000-01-01\"}", TimeOff.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void a_parameter_beyond_the_year_9999_does_not_convert() {
        assertThatThrownBy(() -> parameters.convert("+10000-01-01", LocalDate.class))
                .isInstanceOf(ConversionFailedException.class);
        assertThatThrownBy(() -> parameters.convert("-999999999-01-01T00:00:00+18:00", OffsetDateTime.class))
                .isInstanceOf(ConversionFailedException.class);
    }

    @Test
    void a_blank_parameter_stays_absent() {
        assertThat(parameters.convert(" ", LocalDate.class)).isNull();
    }
}
