package com.clinicnet.reliability;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One row of the reliability table: what a scenario did and what came out of it, counted at the edges (the SMTP
 * server, the SMS provider, the databases, the topics).
 *
 * @param expected messages (or rows, or answers) that should exist exactly once
 * @param delivered how many of those arrived at least once
 * @param lost expected but never arrived
 * @param doubled arrived more than once
 */
public record ScenarioOutcome(String scenario, String load, String faults, long expected, long delivered, long lost,
        long doubled) {

    /** Compares what should have arrived once each with everything that did arrive (repeats included). */
    public static ScenarioOutcome counting(String scenario, String load, String faults, Set<String> expected,
            Collection<String> arrived) {
        Map<String, Long> copies = arrived.stream().filter(expected::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long doubled = copies.values().stream().filter(count -> count > 1).count();
        return new ScenarioOutcome(scenario, load, faults, expected.size(), copies.size(),
                expected.size() - copies.size(), doubled);
    }
}
