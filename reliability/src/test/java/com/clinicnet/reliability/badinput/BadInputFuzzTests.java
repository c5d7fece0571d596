package com.clinicnet.reliability.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.clinicnet.reliability.ClinicNetUnderFire;
import com.clinicnet.reliability.ReliabilityReport;
import com.clinicnet.reliability.Scale;
import com.clinicnet.reliability.ScenarioOutcome;
import com.clinicnet.launcher.ServiceProcess;
import com.clinicnet.testsupport.HttpResponseBody;

/**
 * Scenario 7, bad input at scale: thousands of generated requests to every operation of the three services, each
 * broken in one way a careless or hostile client breaks things (wrong types, numbers out of every range, unicode
 * that trips naive code, injection strings, missing and unknown fields, dates and zones that do not exist, malformed
 * JSON, wrong content types, ids that are not ids, tokens that are not valid, roles that may not), sent with valid
 * tokens of the right roles so they reach validation. Every one must be refused with a problem detail that names the
 * field at fault, none may get a 5xx, and together they must change nothing: no row, no record on any topic. The
 * other side of the accounting, apart: hostile text where free text is welcome is accepted and kept as sent.
 *
 * <p>{@code -Dfuzz.seed=<n>} replays a run: the seed is printed with every run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputFuzzTests {

    private static final String SCENARIO = "7. bad input";
    private static final String FAULTS = "wrong types, huge/negative numbers, unicode, injection strings, "
            + "missing/extra fields, invalid dates/zones, malformed JSON";
    private static final int CONCURRENT_CALLERS = 4;

    private final ClinicNetUnderFire system = ClinicNetUnderFire.get();
    private final List<Endpoint> catalogue = EndpointCatalogue.all();
    private final long seed = Long.getLong("fuzz.seed", System.nanoTime());
    private Map<Refusal, List<Judged>> judged;
    private List<String> changes;

    /** A request's answer and what the fuzzer made of it. */
    private record Judged(FuzzSender.Answer answer, Refusal.Verdict verdict) {
    }

    /** The fuzzing itself, once for the stories below: each story judges one side of what came back. */
    @BeforeAll
    void thousands_of_malformed_requests_are_sent_to_every_operation() throws InterruptedException {
        int count = Scale.current().of(1_500, 10_000);
        System.out.printf("[reliability] %s: %d requests, seed %d (-Dfuzz.seed=%d replays them)%n", SCENARIO, count,
                seed, seed);
        Stopwatch watch = new Stopwatch();
        FuzzTargets targets = FuzzTargets.prepare(system, SCENARIO);
        List<FuzzRequest> requests = new BadRequests(catalogue, targets, this::portOf, seed).generate(count);
        String prepared = watch.lap();
        SystemState before = SystemState.settled(system);
        String settled = watch.lap();

        List<FuzzSender.Answer> sent = new FuzzSender(CONCURRENT_CALLERS).sendAll(requests);
        String sending = watch.lap();
        changes = SystemState.settled(system).changesSince(before);
        String settledAgain = watch.lap();

        judged = new EnumMap<>(Refusal.class);
        for (FuzzSender.Answer answer : sent) {
            Refusal.Verdict verdict = Refusal.judge(answer);
            judged.computeIfAbsent(verdict.refusal(), refusal -> new ArrayList<>()).add(new Judged(answer, verdict));
        }
        System.out.printf("[reliability] %s: targets and requests made in %s, state settled in %s, requests sent "
                + "in %s, state settled again in %s; statuses %s; verdicts %s%n", SCENARIO, prepared, settled, sending,
                settledAgain, new TreeMap<>(sent.stream().collect(Collectors.groupingBy(FuzzSender.Answer::status,
                        Collectors.counting()))),
                judged.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue().size())
                        .collect(Collectors.joining(", ")));
        record(count);
        writeOffenders();
    }

    @Test
    void the_fuzzer_aims_at_every_operation_that_each_service_documents() {
        // given the services running, when their OpenAPI documents are read
        Set<String> documented = new TreeSet<>();
        for (ServiceProcess service : services()) {
            documented.addAll(OpenApiOperations.of(service.name(), service.httpPort()));
        }

        // then the catalogue the requests were generated from holds exactly those operations
        Set<String> aimedAt = catalogue.stream().map(Endpoint::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(aimedAt).isEqualTo(documented);
    }

    @Test
    void no_malformed_request_gets_a_server_error_or_goes_unanswered() {
        assertThat(offending(Refusal.SERVER_ERROR, Refusal.UNANSWERED))
                .as("requests answered with a 5xx, or not at all").isEmpty();
    }

    @Test
    void no_malformed_request_is_accepted() {
        assertThat(offending(Refusal.ACCEPTED)).as("requests that must be refused, accepted").isEmpty();
    }

    @Test
    void every_refusal_is_a_problem_detail_naming_the_field_at_fault() {
        assertThat(offending(Refusal.NOT_A_PROBLEM_DETAIL, Refusal.FIELD_NOT_NAMED))
                .as("refusals that are no problem detail, or do not name the field at fault").isEmpty();
    }

    @Test
    void refused_requests_change_no_row_and_publish_no_record() {
        assertThat(changes).as("tables and topics changed while only refused requests were sent").isEmpty();
    }

    /**
     * The other side of the accounting: hostile text where free text is welcome is no fault, and must come back as
     * it was sent, from the service that stored it and from the two that read it in its event.
     */
    @Test
    void clinics_named_with_injection_strings_and_odd_unicode_keep_their_names_in_all_three_services() {
        // given names that are hostile but valid text
        Stopwatch watch = new Stopwatch();
        List<String> names = HostileValues.storableTexts(Scale.current().of(30, 200), seed);

        // when a clinic is opened under each
        List<String> wrong = new ArrayList<>();
        Map<UUID, String> opened = new LinkedHashMap<>();
        for (String name : names) {
            HttpResponseBody answer = system.therapists().post("/clinics", clinicNamed(name));
            if (answer.status() == 201) {
                opened.put(UUID.fromString(answer.text("id")), name.strip());
            }
            else {
                wrong.add(FuzzRequest.visible(name) + " -> " + answer.status() + " " + answer.json());
            }
        }

        // then therapist-service reads each back as named, and booking and notification have it from the event
        opened.forEach((id, name) -> {
            String read = system.therapists().get("/clinics/" + id).text("name");
            if (!read.equals(name)) {
                wrong.add(FuzzRequest.visible(name) + " read back as " + FuzzRequest.visible(read));
            }
        });
        await().atMost(Duration.ofMinutes(1)).until(() -> opened.entrySet().stream().allMatch(clinic ->
                system.count(system.bookingService, "SELECT count(*) FROM clinic_view WHERE id = ? AND name = ?",
                        clinic.getKey(), clinic.getValue()) == 1
                && system.count(system.notificationService, "SELECT count(*) FROM clinic WHERE id = ? AND name = ?",
                        clinic.getKey(), clinic.getValue()) == 1));
        assertThat(wrong).as("hostile but valid clinic names refused or changed").isEmpty();
        System.out.printf("[reliability] %s: %d clinics named with hostile text, kept in all three services, in %s%n",
                SCENARIO, names.size(), watch.lap());
    }

    private static Map<String, Object> clinicNamed(String name) {
        return Map.of("name", name, "city", "Lisbon", "address", name, "timeZone", "Europe/Lisbon",
                "treatmentRooms", 1, "bufferMinutes", 10);
    }

    private void record(int count) {
        long delivered = size(Refusal.PROBLEM_DETAIL);
        long lost = size(Refusal.SERVER_ERROR) + size(Refusal.UNANSWERED);
        // a snapshot before and after cannot tell requests apart: each table or topic changed counts once
        ReliabilityReport.record(new ScenarioOutcome(SCENARIO, count + " generated requests to " + catalogue.size()
                + " endpoints", FAULTS, count, delivered, lost, changes.size()));
    }

    private long size(Refusal refusal) {
        return judged.getOrDefault(refusal, List.of()).size();
    }

    /** Every request judged so, with its answer, one entry each, for the failure message. */
    private List<String> offending(Refusal... refusals) {
        return Arrays.stream(refusals).flatMap(refusal -> judged.getOrDefault(refusal, List.of()).stream())
                .map(one -> {
                    FuzzSender.Answer answer = one.answer();
                    return "\n  " + answer.request().describe() + "\n      -> " + (answer.answered()
                            ? answer.status() + " " + answer.contentType() + " " + FuzzRequest.shorten(answer.body())
                            : "no answer") + "\n      (" + one.verdict().refusal() + ": " + one.verdict().why()
                            + ")\n";
                }).toList();
    }

    /** Every request that was not refused as it should be, in full, for whoever fixes the services. */
    private void writeOffenders() {
        List<String> all = offending(Refusal.SERVER_ERROR, Refusal.UNANSWERED, Refusal.ACCEPTED,
                Refusal.NOT_A_PROBLEM_DETAIL, Refusal.FIELD_NOT_NAMED);
        try {
            Path report = Path.of("target", "reliability", "bad-input-offenders.txt");
            Files.createDirectories(report.getParent());
            Files.writeString(report, String.join("", all) + (changes.isEmpty() ? "" : "\nchanged:\n  "
                    + String.join("\n  ", changes)));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seconds since the last lap, for the run's log. */
    private static final class Stopwatch {

        private long last = System.nanoTime();

        String lap() {
            long now = System.nanoTime();
            String seconds = String.format(Locale.ROOT, "%.1f s", (now - last) / 1e9);
            last = now;
            return seconds;
        }
    }

    private int portOf(String service) {
        return services().stream().filter(process -> process.name().equals(service)).findFirst().orElseThrow()
                .httpPort();
    }

    private List<ServiceProcess> services() {
        return List.of(system.therapistService, system.bookingService, system.notificationService);
    }
}
