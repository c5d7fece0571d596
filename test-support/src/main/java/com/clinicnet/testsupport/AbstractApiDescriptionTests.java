package com.clinicnet.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * A service's OpenAPI document as a client developer reads it in its Swagger UI, with no {@link ApiDescriptionGaps}.
 * Each service's {@code ApiDescriptionTests} extends it as a {@link ServiceIntegrationTest}, adding what is its own.
 */
public abstract class AbstractApiDescriptionTests {

    @LocalServerPort
    protected int port;

    @Test
    void every_operation_names_its_roles_its_summary_and_every_answer_it_can_give() {
        assertEquals(List.of(), ApiDescriptionGaps.of(document()));
    }

    protected JsonNode document() {
        return ServiceClient.onPort(port).get("/v3/api-docs").json();
    }
}
