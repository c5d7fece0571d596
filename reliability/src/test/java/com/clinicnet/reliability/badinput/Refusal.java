package com.clinicnet.reliability.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Judges one answer to a request that must be refused: a 4xx RFC 9457 problem detail ({@code application/problem+json}
 * with the same {@code status} and a title), leaking no stack trace or SQL, and for 400 and 422 naming the fields at
 * fault in {@code errors} (the field the fuzzer broke, when it knows which one that is), as platform's
 * ProblemDetailsAdvice answers.
 */
enum Refusal {

    /** refused as it should be */
    PROBLEM_DETAIL,
    /** no answer at all: the connection failed or timed out */
    UNANSWERED,
    /** a 5xx */
    SERVER_ERROR,
    /** a 1xx, 2xx or 3xx: the service took a request it must refuse */
    ACCEPTED,
    /** a 4xx that is no problem detail, or one that leaks internals */
    NOT_A_PROBLEM_DETAIL,
    /** a 400 or 422 that does not name the field at fault */
    FIELD_NOT_NAMED;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> INTERNALS = List.of("exception", "\tat ", "at com.clinicnet", "at org.",
            "org.postgresql", "sqlstate", "jdbc", "hibernate", "tools.jackson", "stacktrace");
    private static final Pattern INDEX = Pattern.compile("\\[\\d*]");

    /** The verdict, with why, for a failure message. */
    record Verdict(Refusal refusal, String why) {
    }

    static Verdict judge(FuzzSender.Answer answer) {
        if (!answer.answered()) {
            return new Verdict(UNANSWERED, answer.failure());
        }
        int status = answer.status();
        if (status >= 500) {
            return new Verdict(SERVER_ERROR, "a server error");
        }
        if (status < 400) {
            return new Verdict(ACCEPTED, "accepted");
        }
        if (!answer.contentType().toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            return new Verdict(NOT_A_PROBLEM_DETAIL, "Content-Type '" + answer.contentType() + "'");
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        }
        catch (RuntimeException notJson) {
            return new Verdict(NOT_A_PROBLEM_DETAIL, "a body that is not JSON");
        }
        if (!problem.isObject() || problem.path("status").asInt() != status || problem.path("title").asString("").isBlank()) {
            return new Verdict(NOT_A_PROBLEM_DETAIL, "no status " + status + " or no title");
        }
        String lower = answer.body().toLowerCase(Locale.ROOT);
        for (String internal : INTERNALS) {
            if (lower.contains(internal)) {
                return new Verdict(NOT_A_PROBLEM_DETAIL, "it leaks '" + internal.strip() + "'");
            }
        }
        return namesTheField(answer.request(), status, problem);
    }

    private static Verdict namesTheField(FuzzRequest request, int status, JsonNode problem) {
        String expected = request.expectedField();
        boolean fieldError = status == 400 || status == 422;
        if (!fieldError) {
            return expected == null ? new Verdict(PROBLEM_DETAIL, "")
                    : new Verdict(FIELD_NOT_NAMED, "a " + status + " where a 400 naming " + expected + " was due");
        }
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asString("")));
        if (fields.isEmpty() || fields.stream().anyMatch(String::isBlank)) {
            return new Verdict(FIELD_NOT_NAMED, "no field named in errors");
        }
        if (expected != null && fields.stream().noneMatch(field -> samePlace(field, expected))) {
            return new Verdict(FIELD_NOT_NAMED, "names " + fields + ", not " + expected);
        }
        return new Verdict(PROBLEM_DETAIL, "");
    }

    /** The same field, or one inside the other ({@code openingHours[0]} for {@code openingHours[0].weekday}). */
    static boolean samePlace(String named, String expected) {
        String a = INDEX.matcher(named).replaceAll("[]");
        String b = INDEX.matcher(expected).replaceAll("[]");
        return a.equals(b) || a.startsWith(b + ".") || a.startsWith(b + "[") || b.startsWith(a + ".")
                || b.startsWith(a + "[");
    }
}
