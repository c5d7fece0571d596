package com.clinicnet.notification.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstNameTests {

    @Test
    void a_therapist_named_ana_maria_silva_is_greeted_as_ana() {
        assertThat(FirstName.of("Ana Maria Silva")).contains("Ana");
    }

    @Test
    void a_therapist_known_by_one_name_is_greeted_by_that_name() {
        assertThat(FirstName.of("Tiago")).contains("Tiago");
    }

    @Test
    void spaces_around_and_between_the_names_are_not_part_of_the_first_name() {
        assertThat(FirstName.of("   João \t  Pereira  ")).contains("João");
    }

    @Test
    void a_name_broken_by_a_line_or_a_non_breaking_space_still_gives_only_the_first_word() {
        assertThat(FirstName.of("Inês\nSousa")).contains("Inês");
        assertThat(FirstName.of("Inês\u00A0Sousa")).contains("Inês");
    }

    @Test
    void a_hyphenated_first_name_is_kept_whole() {
        assertThat(FirstName.of("Jean-Luc Martin")).contains("Jean-Luc");
    }

    @Test
    void a_therapist_without_a_name_is_greeted_by_none() {
        assertThat(FirstName.of(null)).isEmpty();
        assertThat(FirstName.of("")).isEmpty();
        assertThat(FirstName.of(" \t ")).isEmpty();
    }
}
