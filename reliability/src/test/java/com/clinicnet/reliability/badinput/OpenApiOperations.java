package com.clinicnet.reliability.badinput;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.ServiceClient;

/** The operations a running service documents in its OpenAPI document ({@code /v3/api-docs}, open to all). */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch", "head", "options");

    private OpenApiOperations() {
    }

    /** Each operation as {@code <service> <METHOD> <path template>}, the form of {@link Endpoint#key()}. */
    static Set<String> of(String service, int port) {
        HttpResponseBody document = ServiceClient.onPort(port).get("/v3/api-docs");
        if (document.status() != 200) {
            throw new IllegalStateException(service + " serves no OpenAPI document: " + document.status());
        }
        Set<String> operations = new TreeSet<>();
        document.json().path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey())) {
                operations.add(service + " " + operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }
}
