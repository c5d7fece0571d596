package com.clinicnet.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * What a client developer would miss in a service's OpenAPI document: its title, version and description; the
 * bearer scheme; and per operation a summary, the roles that may call it, its success and every error answer the
 * platform makes possible for it, each with the problem-detail schema, and no parameter the service fills in itself.
 */
public final class ApiDescriptionGaps {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String SCHEME = "bearer";

    private ApiDescriptionGaps() {
    }

    /** Each gap as one line naming the operation; none for a document a client can build on. */
    public static List<String> of(JsonNode document) {
        List<String> gaps = new ArrayList<>(ofService(document));
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey())) {
                String name = operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                ofOperation(path.getKey(), operation.getValue()).forEach(gap -> gaps.add(name + ": " + gap));
            }
        }));
        return gaps;
    }

    private static List<String> ofService(JsonNode document) {
        List<String> gaps = new ArrayList<>();
        JsonNode info = document.path("info");
        if (info.path("title").asString("").isBlank() || info.path("title").asString().equals("OpenAPI definition")) {
            gaps.add("the service has no title of its own");
        }
        if (info.path("version").asString("").isBlank() || info.path("version").asString().equals("v0")) {
            gaps.add("the service has no version of its own");
        }
        if (info.path("description").asString("").isBlank()) {
            gaps.add("the service has no description");
        }
        JsonNode scheme = document.path("components").path("securitySchemes").path(SCHEME);
        if (!scheme.path("type").asString("").equals("http") || !scheme.path("scheme").asString("").equals("bearer")) {
            gaps.add("no bearer security scheme (no Authorize button)");
        }
        if (document.path("components").path("schemas").path("Problem").isMissingNode()) {
            gaps.add("no Problem schema");
        }
        return gaps;
    }

    private static List<String> ofOperation(String path, JsonNode operation) {
        List<String> gaps = new ArrayList<>();
        if (operation.path("summary").asString("").isBlank()) {
            gaps.add("no summary");
        }
        String id = operation.path("operationId").asString("");
        if (id.isBlank() || id.matches(".*_\\d+")) {
            gaps.add("no operation id of its own (" + id + ")");
        }
        if (!isPublic(operation) && !namesRoles(operation.path("security"))) {
            gaps.add("no bearer requirement naming the roles that may call it");
        }
        operation.path("tags").valueStream().map(JsonNode::asString).filter(tag -> tag.endsWith("-controller"))
                .forEach(tag -> gaps.add("tagged by its controller (" + tag + "), not in the clinic's words"));
        operation.path("parameters").valueStream().filter(parameter -> parameter.path("name").asString().equals("caller"))
                .forEach(parameter -> gaps.add("offers the internal caller as a parameter"));
        gaps.addAll(answerGaps(path, operation));
        return gaps;
    }

    private static List<String> answerGaps(String path, JsonNode operation) {
        List<String> gaps = new ArrayList<>();
        JsonNode answers = operation.path("responses");
        if (answers.propertyNames().stream().noneMatch(code -> code.startsWith("2"))) {
            gaps.add("no success answer");
        }
        List<String> expected = new ArrayList<>(isPublic(operation) ? List.of("503") : List.of("401", "503"));
        if (!operation.path("parameters").isEmpty() || operation.has("requestBody")) {
            expected.add("400");
        }
        if (path.contains("{")) {
            expected.add("404");
        }
        expected.stream().filter(code -> !answers.has(code)).forEach(code -> gaps.add("no " + code + " answer"));
        answers.properties().forEach(answer -> {
            boolean error = answer.getKey().startsWith("4") || answer.getKey().startsWith("5");
            String schema = answer.getValue().path("content").path("application/problem+json").path("schema")
                    .path("$ref").asString("");
            if (error && !schema.equals(PROBLEM)) {
                gaps.add("its " + answer.getKey() + " answer carries no problem detail");
            }
        });
        return gaps;
    }

    /**
     * An operation that proves itself without a token (a signed link or webhook) declares an empty security list and
     * says so deliberately ({@code x-proves-itself}); an empty list alone is a forgotten role list.
     */
    private static boolean isPublic(JsonNode operation) {
        return operation.path("x-proves-itself").asBoolean(false) && operation.path("security").isArray()
                && operation.path("security").isEmpty();
    }

    private static boolean namesRoles(JsonNode security) {
        return security.valueStream().anyMatch(requirement -> !requirement.path(SCHEME).isEmpty());
    }
}
