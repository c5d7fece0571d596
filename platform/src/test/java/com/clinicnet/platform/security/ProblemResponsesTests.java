package com.clinicnet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A field name can come from the request: whatever it holds, the problem detail stays valid JSON. */
class ProblemResponsesTests {

    @Test
    void quotes_backslashes_and_control_characters_in_a_field_are_escaped() {
        String field = "ci\"ty\\\n\u2028🙂";

        JsonNode problem = JsonMapper.builder().build()
                .readTree(ProblemResponses.json(400, "Invalid request", "is not readable", field));

        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo(field);
    }
}
