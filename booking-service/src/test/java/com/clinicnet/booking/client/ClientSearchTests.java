package com.clinicnet.booking.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.clinicnet.platform.problem.BadRequestException;

class ClientSearchTests {

    private final ClientSearch search = new ClientSearch(2, 100, 20);

    @Test
    void two_characters_are_enough_to_search_and_surrounding_spaces_are_dropped() {
        assertThat(search.requireSearchable("  Ma ")).isEqualTo("Ma");
    }

    @Test
    void one_character_only_spaces_or_more_than_a_hundred_are_refused_naming_search() {
        for (String text : new String[] { "M", "   ", "", "a".repeat(101) }) {
            assertThatThrownBy(() -> search.requireSearchable(text)).as("'%s'", text)
                    .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.field()).isEqualTo("search"));
        }
    }
}
