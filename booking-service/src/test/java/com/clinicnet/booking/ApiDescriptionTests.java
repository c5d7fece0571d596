package com.clinicnet.booking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.clinicnet.testsupport.AbstractApiDescriptionTests;
import com.clinicnet.testsupport.ServiceIntegrationTest;

import tools.jackson.databind.JsonNode;

/** The OpenAPI document of booking-service: every operation with its roles, summary and answers, and booking's own. */
@ServiceIntegrationTest
class ApiDescriptionTests extends AbstractApiDescriptionTests {

    @Test
    void booking_answers_201_with_the_session_and_asks_for_an_idempotency_key() {
        JsonNode book = document().path("paths").path("/sessions").path("post");

        assertThat(book.path("responses").propertyNames()).contains("201", "409", "422", "429")
                .doesNotContain("200");
        assertThat(book.path("responses").path("201").path("content").path("application/json").path("schema")
                .path("$ref").asString()).endsWith("/SessionResponse");
        assertThat(book.path("parameters").valueStream()
                .filter(parameter -> parameter.path("name").asString().equals("Idempotency-Key")))
                .singleElement().satisfies(key -> {
                    assertThat(key.path("in").asString()).isEqualTo("header");
                    assertThat(key.path("required").asBoolean()).isTrue();
                });
        assertThat(book.path("security").get(0).path("bearer").valueStream().map(JsonNode::asString))
                .containsExactly("CLIENT", "FRONT_DESK");
    }

    @Test
    void the_caller_is_read_from_the_token_and_offered_as_no_parameter() {
        assertThat(document().path("paths").path("/sessions/{id}").path("get").path("parameters").valueStream()
                .map(parameter -> parameter.path("name").asString())).containsExactly("id");
    }
}
