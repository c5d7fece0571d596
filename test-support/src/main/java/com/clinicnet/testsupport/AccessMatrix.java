package com.clinicnet.testsupport;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;

import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A service's access rules as a table: each row is an endpoint, a caller and the status that caller must get.
 * {@link #uncovered} lists the endpoints the service really maps that the table forgot, so a new endpoint
 * without rows fails the build.
 */
public final class AccessMatrix {

    /** The callers every endpoint needs a row for (at least one row whose caller starts with each). */
    public static final List<String> CALLERS = List.of("anonymous", "CLIENT", "THERAPIST", "FRONT_DESK", "OPS", "ADMIN");

    private static final List<String> NOT_API = List.of("/error", "/actuator", "/v3/api-docs", "/swagger-ui");

    private AccessMatrix() {
    }

    /** One line of the table; {@code call} makes the request as that caller. */
    public record Row(String endpoint, String caller, int expectedStatus, Supplier<HttpResponseBody> call) {

        @Override
        public String toString() {
            return String.format("%-26s %-34s -> %d", endpoint, caller, expectedStatus);
        }
    }

    /** One dynamic test per row: the caller gets exactly the status the table says. */
    public static Stream<DynamicTest> asTests(List<Row> rows) {
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.toString(), () -> {
            HttpResponseBody response = row.call().get();
            if (response.status() != row.expectedStatus()) {
                throw new AssertionError(row + " answered " + response.status() + " " + response.json());
            }
        }));
    }

    /** Fails unless the table covers exactly the endpoints the service maps, each for every kind of caller. */
    public static void requireCompleteFor(RequestMappingHandlerMapping mapping, List<Row> rows) {
        Set<String> mapped = mappedEndpoints(mapping);
        Set<String> inTable = rows.stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));
        if (!mapped.equals(inTable)) {
            throw new AssertionError("Mapped endpoints " + mapped + " but the table has " + inTable);
        }
        List<String> missing = uncovered(mapped, rows);
        if (!missing.isEmpty()) {
            throw new AssertionError("No row for " + missing);
        }
    }

    /** "METHOD /path" for every API endpoint the service maps. */
    public static Set<String> mappedEndpoints(RequestMappingHandlerMapping mapping) {
        Set<String> endpoints = new TreeSet<>();
        mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(path -> NOT_API.stream().noneMatch(path::startsWith))
                .forEach(path -> info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + path))));
        return endpoints;
    }

    /** Each mapped endpoint and caller kind for which the table has no row. */
    public static List<String> uncovered(Set<String> endpoints, List<Row> rows) {
        return endpoints.stream()
                .flatMap(endpoint -> CALLERS.stream()
                        .filter(caller -> rows.stream().noneMatch(row -> row.endpoint().equals(endpoint)
                                && row.caller().startsWith(caller)))
                        .map(caller -> endpoint + " as " + caller))
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.toList());
    }
}
