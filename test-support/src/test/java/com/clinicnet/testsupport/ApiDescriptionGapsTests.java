package com.clinicnet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiDescriptionGapsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String PROBLEM = """
            {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}""";

    private static final String COMPLETE = """
            {"info": {"title": "ClinicNet booking service", "version": "0.1.0", "description": "Books sessions"},
             "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
                            "schemas": {"Problem": {"type": "object"}}},
             "paths": {"/sessions/{id}": {"get": {
                "summary": "A session", "operationId": "sessionFind", "tags": ["Sessions"],
                "security": [{"bearer": ["CLIENT"]}],
                "parameters": [{"name": "id", "in": "path"}],
                "responses": {"200": {"description": "OK"}, "400": %1$s, "401": %1$s, "404": %1$s, "503": %1$s}}}}}
            """.formatted(PROBLEM);

    @Test
    void a_document_a_client_can_build_on_has_no_gaps() {
        assertThat(ApiDescriptionGaps.of(document(COMPLETE))).isEmpty();
    }

    @Test
    void springdocs_defaults_are_gaps() {
        String defaults = COMPLETE.replace("ClinicNet booking service", "OpenAPI definition").replace("0.1.0", "v0")
                .replace("\"Sessions\"", "\"session-controller\"");

        assertThat(ApiDescriptionGaps.of(document(defaults))).contains("the service has no title of its own",
                "the service has no version of its own",
                "GET /sessions/{id}: tagged by its controller (session-controller), not in the clinic's words");
    }

    @Test
    void an_operation_without_roles_or_summary_is_a_gap() {
        String bare = COMPLETE.replace("\"summary\": \"A session\", ", "").replace("[{\"bearer\": [\"CLIENT\"]}]", "[]");

        assertThat(ApiDescriptionGaps.of(document(bare))).containsExactlyInAnyOrder("GET /sessions/{id}: no summary",
                "GET /sessions/{id}: no bearer requirement naming the roles that may call it");
    }

    @Test
    void an_operation_that_proves_itself_without_a_token_needs_no_roles_and_no_401() {
        String signedLink = COMPLETE.replace("[{\"bearer\": [\"CLIENT\"]}]", "[], \"x-proves-itself\": true")
                .replace("\"401\": " + PROBLEM + ", ", "");

        assertThat(ApiDescriptionGaps.of(document(signedLink))).isEmpty();
    }

    @Test
    void a_missing_error_answer_or_one_without_a_problem_detail_is_a_gap() {
        String partial = COMPLETE.replace(", \"404\": " + PROBLEM, "").replace("\"503\": " + PROBLEM,
                "\"503\": {\"description\": \"down\"}");

        assertThat(ApiDescriptionGaps.of(document(partial))).containsExactlyInAnyOrder(
                "GET /sessions/{id}: no 404 answer", "GET /sessions/{id}: its 503 answer carries no problem detail");
    }

    @Test
    void a_numbered_operation_id_is_a_gap() {
        String numbered = COMPLETE.replace("\"sessionFind\"", "\"find_3\"");

        assertThat(ApiDescriptionGaps.of(document(numbered)))
                .containsExactly("GET /sessions/{id}: no operation id of its own (find_3)");
    }

    @Test
    void the_internal_caller_offered_as_a_parameter_is_a_gap() {
        String leaky = COMPLETE.replace("[{\"name\": \"id\", \"in\": \"path\"}]",
                "[{\"name\": \"id\", \"in\": \"path\"}, {\"name\": \"caller\", \"in\": \"query\"}]");

        assertThat(ApiDescriptionGaps.of(document(leaky)))
                .containsExactly("GET /sessions/{id}: offers the internal caller as a parameter");
    }

    private static JsonNode document(String json) {
        return JSON.readTree(json);
    }
}
