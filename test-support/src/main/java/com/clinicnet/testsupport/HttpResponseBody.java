package com.clinicnet.testsupport;

import tools.jackson.databind.JsonNode;

/** What a service answered: the status, the Location header if any, and the JSON body. */
public record HttpResponseBody(int status, String location, JsonNode json) {

    public String text(String field) {
        return json.path(field).asString();
    }
}
