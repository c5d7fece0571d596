package com.clinicnet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IanaTimeZoneValidatorTests {

    private final IanaTimeZoneValidator validator = new IanaTimeZoneValidator();

    @ParameterizedTest
    @ValueSource(strings = { "Europe/Lisbon", "Atlantic/Azores", "America/Sao_Paulo", "UTC", "Etc/UTC", "GMT" })
    void every_zone_java_knows_is_a_time_zone(String zone) {
        assertThat(validator.isValid(zone, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "+01:00", "Z", "UTC+1", "europe/lisbon", "Europe/Atlantis", "Europe/Lisbon ", "" })
    void offsets_and_unknown_names_are_not(String zone) {
        assertThat(validator.isValid(zone, null)).isFalse();
    }
}
