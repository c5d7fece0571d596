package com.clinicnet.booking.clinicday;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstNameTests {

    @Test
    void a_therapist_sees_the_first_of_the_clients_names() {
        assertThat(FirstName.of("Maria da Conceição Costa")).isEqualTo("Maria");
    }

    @Test
    void a_single_name_is_shown_whole_and_stray_spaces_do_not_count() {
        assertThat(FirstName.of("  Rui ")).isEqualTo("Rui");
        assertThat(FirstName.of("Ana\tSousa")).isEqualTo("Ana");
    }
}
