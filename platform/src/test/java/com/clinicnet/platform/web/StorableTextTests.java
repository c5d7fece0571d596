package com.clinicnet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Text a clinic's database can store is read as sent; text it cannot is refused at its own field. */
class StorableTextTests {

    record Credentials(String licenceNumber) {
    }

    record Therapist(String name, Credentials credentials, List<String> injuriesToAvoid) {
    }

    private final JsonMapper json = JsonMapper.builder().addModule(new StorableText()).build();

    @Test
    void injection_strings_right_to_left_text_and_emoji_are_read_as_sent() {
        String hostile = "' OR 1=1 -- <script>\u202Egnp.exe 🙂💆\u200D♀️ مرحبا";

        Therapist read = json.readValue(json.writeValueAsString(new Therapist(hostile, null, List.of(hostile))),
                Therapist.class);

        assertThat(read.name()).isEqualTo(hostile);
        assertThat(read.injuriesToAvoid()).containsExactly(hostile);
    }

    @Test
    void a_nul_character_is_refused_where_it_is() {
        assertThatThrownBy(() -> json.readValue("{\"credentials\":{\"licenceNumber\":\"PT\\u0000123\"}}",
                Therapist.class))
                .isInstanceOfSatisfying(JacksonException.class, refused -> assertThat(pathOf(refused))
                        .isEqualTo("credentials.licenceNumber"));
    }

    @Test
    void a_lone_surrogate_is_refused_even_inside_a_list() {
        assertThatThrownBy(() -> json.readValue("{\"injuriesToAvoid\":[\"knee\",\"\\uD800\"]}", Therapist.class))
                .isInstanceOfSatisfying(JacksonException.class, refused -> assertThat(pathOf(refused))
                        .isEqualTo("injuriesToAvoid[1]"));
    }

    @Test
    void an_array_inside_a_list_of_text_is_refused_at_its_element_not_as_an_unreadable_body() {
        assertThatThrownBy(() -> json.readValue("{\"injuriesToAvoid\":[[\"knee\"]]}", Therapist.class))
                .isInstanceOfSatisfying(JacksonException.class, refused -> assertThat(pathOf(refused))
                        .isEqualTo("injuriesToAvoid[0]"));
    }

    @Test
    void a_surrogate_pair_is_text_like_any_other() {
        assertThat(StorableText.isStorable("🙂")).isTrue();
        assertThat(StorableText.isStorable("\uDE42\uD83D")).isFalse();
    }

    private static String pathOf(JacksonException refused) {
        StringBuilder path = new StringBuilder();
        refused.getPath().forEach(reference -> path.append(reference.getPropertyName() != null
                ? (path.isEmpty() ? "" : ".") + reference.getPropertyName() : "[" + reference.getIndex() + "]"));
        return path.toString();
    }
}
