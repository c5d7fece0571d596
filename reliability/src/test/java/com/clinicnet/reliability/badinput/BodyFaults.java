package com.clinicnet.reliability.badinput;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Breaks a request body: one field in one of the ways its declared type and constraints allow (wrong JSON type,
 * missing, null, blank, too long, out of range, not matching its pattern, a date or zone that does not exist, a
 * list empty or too long or holding a null), or the body as a whole (malformed JSON, empty, an array or a scalar
 * instead of an object, invalid UTF-8, nesting deeper than any parser allows, more bytes than the limit).
 */
final class BodyFaults {

    private static final List<String> NOT_EMAILS = List.of("plainaddress", "@example.org", "a@", "a b@example.org",
            "a@b@example.org", "<script>@example.org", "a@exa mple.org", "' OR 1=1 --");

    private BodyFaults() {
    }

    /** A field of the body, where it sits (its JSON path as the service names it) and how to reach it. */
    record Place(String path, Field field, List<Object> steps) {
    }

    /** Every field and list element of the body, nested ones included. */
    static List<Place> places(List<Field> fields) {
        List<Place> places = new ArrayList<>();
        collect(fields, "", List.of(), places);
        return places;
    }

    private static void collect(List<Field> fields, String prefix, List<Object> steps, List<Place> places) {
        for (Field field : fields) {
            String path = prefix.isEmpty() ? field.name() : prefix + "." + field.name();
            List<Object> here = append(steps, field.name());
            places.add(new Place(path, field, here));
            descend(field, path, here, places);
        }
    }

    private static void descend(Field field, String path, List<Object> steps, List<Place> places) {
        if (field.kind() == Field.Kind.OBJECT) {
            collect(field.children(), path, steps, places);
        }
        if (field.kind() == Field.Kind.LIST) {
            Field element = Field.element(field.element());
            String elementPath = path + "[0]";
            List<Object> elementSteps = append(steps, 0);
            places.add(new Place(elementPath, element, elementSteps));
            descend(element, elementPath, elementSteps, places);
        }
    }

    /** Breaks one field of the draft's body. */
    static void breakField(Draft draft, Random random) {
        List<Place> places = places(draft.endpoint.body());
        Place place = places.get(random.nextInt(places.size()));
        if (!exists(draft.body, place.steps().subList(0, place.steps().size() - 1))) {
            // the base body must hold every object and a first element of every list, or a nested field removed
            // from a missing object would leave the body valid
            throw new IllegalStateException(draft.endpoint.key() + ": the base body has nothing at " + place.path());
        }
        Field field = place.field();
        List<Breakage> ways = waysToBreak(field);
        Breakage way = ways.get(random.nextInt(ways.size()));
        Object value = way.value(field, random);
        if (way == Breakage.MISSING) {
            remove(draft.body, place.steps());
        }
        else {
            set(draft.body, place.steps(), value);
        }
        draft.fault(way.description + " in " + place.path() + (way == Breakage.MISSING ? "" : ": "
                + FuzzRequest.shorten(String.valueOf(value))), place.path());
        // a string with a NUL or a lone surrogate can only be carried escaped
        draft.escapeNonAscii = random.nextBoolean();
    }

    private static List<Breakage> waysToBreak(Field field) {
        List<Breakage> ways = new ArrayList<>();
        boolean element = field.name().isEmpty();
        if (field.isRequired()) {
            ways.add(Breakage.NULL);
            if (!element) {
                ways.add(Breakage.MISSING);
            }
        }
        switch (field.kind()) {
            case TEXT -> {
                ways.addAll(List.of(Breakage.NOT_TEXT, Breakage.UNREADABLE_TEXT));
                // required text is @NotBlank; a list's elements are only @NotNull
                if (field.isRequired() && !element) {
                    ways.add(Breakage.BLANK);
                }
                if (field.max() > 0) {
                    ways.add(Breakage.TOO_LONG);
                }
            }
            case PATTERN -> ways.addAll(List.of(Breakage.NOT_TEXT, Breakage.NOT_MATCHING));
            case EMAIL -> ways.addAll(List.of(Breakage.NOT_TEXT, Breakage.NOT_AN_EMAIL, Breakage.TOO_LONG_EMAIL));
            case ZONE -> ways.addAll(List.of(Breakage.NOT_TEXT, Breakage.NOT_A_ZONE));
            case INTEGER -> {
                ways.add(Breakage.NOT_A_NUMBER);
                if (field.hasRange()) {
                    ways.add(Breakage.OUT_OF_RANGE);
                }
            }
            case UUID -> ways.addAll(List.of(Breakage.NOT_A_UUID, Breakage.NOT_AN_ID_TYPE));
            case INSTANT -> ways.addAll(List.of(Breakage.NOT_AN_INSTANT, Breakage.NOT_A_TEMPORAL_TYPE));
            case DATE -> ways.addAll(List.of(Breakage.NOT_A_DATE, Breakage.NOT_A_TEMPORAL_TYPE));
            case TIME -> ways.addAll(List.of(Breakage.NOT_A_TIME, Breakage.NOT_A_TEMPORAL_TYPE));
            case CONSTANT -> ways.addAll(List.of(Breakage.NOT_A_CONSTANT, Breakage.NOT_A_CONSTANT_TYPE));
            case BOOLEAN -> ways.add(Breakage.NOT_A_BOOLEAN);
            case OBJECT -> ways.add(Breakage.NOT_AN_OBJECT);
            case LIST -> {
                ways.add(Breakage.NOT_A_LIST);
                // a set folds equal elements into one: only kinds with enough distinct values can overflow it
                if (field.element().kind() != Field.Kind.CONSTANT) {
                    ways.add(Breakage.TOO_MANY);
                }
                if (field.min() > 0) {
                    ways.add(Breakage.EMPTY);
                }
            }
        }
        return ways;
    }

    /** The ways a field can be wrong, each with the values that make it so. */
    private enum Breakage {
        MISSING("missing"),
        NULL("null"),
        BLANK("blank text"),
        TOO_LONG("text too long"),
        UNREADABLE_TEXT("text with a NUL or a lone surrogate"),
        NOT_TEXT("not text"),
        NOT_MATCHING("text not matching its pattern"),
        NOT_AN_EMAIL("not an email address"),
        TOO_LONG_EMAIL("an email address too long"),
        NOT_A_ZONE("not an IANA time zone"),
        NOT_A_NUMBER("not a whole number"),
        OUT_OF_RANGE("a number out of range"),
        NOT_A_UUID("not a UUID"),
        NOT_AN_ID_TYPE("an id of the wrong type"),
        NOT_AN_INSTANT("not a date-time with an offset"),
        NOT_A_DATE("not a date"),
        NOT_A_TIME("not a time of day"),
        NOT_A_TEMPORAL_TYPE("a date or time of the wrong type"),
        NOT_A_CONSTANT("not one of the constants"),
        NOT_A_CONSTANT_TYPE("a constant of the wrong type"),
        NOT_A_BOOLEAN("not a boolean"),
        NOT_AN_OBJECT("not an object"),
        NOT_A_LIST("not a list"),
        EMPTY("an empty list"),
        TOO_MANY("a list too long");

        final String description;

        Breakage(String description) {
            this.description = description;
        }

        Object value(Field field, Random random) {
            return switch (this) {
                case MISSING, NULL -> null;
                case BLANK -> List.of("", " ", "   ", "\t\n").get(random.nextInt(4));
                // at most 5,000 characters more: six bytes each when escaped, still under the body limit (64 KB)
                case TOO_LONG -> HostileValues.tooLong(field.max(), random.nextInt(4) == 0 ? 5_000 : 10, random);
                case UNREADABLE_TEXT -> List.of("\u0000", "Ana\u0000", "\uD800", "Ana\uDC00", "x\uDBFF y",
                        "\u0000' OR 1=1 --").get(random.nextInt(6));
                case NOT_TEXT -> HostileValues.NOT_TEXT.from(random);
                case NOT_MATCHING -> HostileValues.notMatching(Pattern.compile(field.pattern()), random);
                case NOT_AN_EMAIL -> NOT_EMAILS.get(random.nextInt(NOT_EMAILS.size()));
                case TOO_LONG_EMAIL -> "a".repeat(250 + random.nextInt(100)) + "@example.org";
                case NOT_A_ZONE -> HostileValues.NOT_A_ZONE.from(random);
                case NOT_A_NUMBER -> HostileValues.NOT_A_NUMBER.from(random);
                case OUT_OF_RANGE -> HostileValues.outOfRange(field.min(), field.max(), random);
                case NOT_A_UUID -> HostileValues.NOT_A_UUID.from(random);
                case NOT_AN_ID_TYPE -> HostileValues.NOT_AN_ID_TYPE.from(random);
                case NOT_AN_INSTANT -> HostileValues.NOT_AN_INSTANT.from(random);
                case NOT_A_DATE -> HostileValues.NOT_A_DATE.from(random);
                case NOT_A_TIME -> HostileValues.NOT_A_TIME.from(random);
                case NOT_A_TEMPORAL_TYPE -> HostileValues.NOT_A_TEMPORAL_TYPE.from(random);
                case NOT_A_CONSTANT -> notAConstant(field, random);
                case NOT_A_CONSTANT_TYPE -> HostileValues.NOT_A_CONSTANT_TYPE.from(random);
                case NOT_A_BOOLEAN -> HostileValues.NOT_A_BOOLEAN.from(random);
                case NOT_AN_OBJECT -> HostileValues.NOT_AN_OBJECT.from(random);
                case NOT_A_LIST -> HostileValues.NOT_A_LIST.from(random);
                case EMPTY -> new ArrayList<>();
                case TOO_MANY -> tooMany(field, random);
            };
        }

        private static String notAConstant(Field field, Random random) {
            String constant = field.constants().get(random.nextInt(field.constants().size()));
            List<String> candidates = List.of("FUNDAY", constant.toLowerCase(java.util.Locale.ROOT), "",
                    constant + "_X", HostileValues.TEXT.from(random));
            String value;
            // Jackson trims a constant before it looks it up (so " MONDAY" is fine): what trims to one is no fault
            do {
                value = candidates.get(random.nextInt(candidates.size()));
            }
            while (field.constants().contains(value.trim()));
            return value;
        }

        /** One element more than allowed; distinct elements, since a set would fold copies into one. */
        private static List<Object> tooMany(Field field, Random random) {
            long size = field.max() + 1 + random.nextInt(3);
            List<Object> elements = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                elements.add(field.element().kind() == Field.Kind.UUID ? Field.randomId()
                        : field.element().kind() == Field.Kind.PATTERN && Field.CODE.equals(field.element().pattern())
                        ? "CODE_" + (char) ('A' + i % 26) + (char) ('A' + i / 26)
                        : field.element().kind() == Field.Kind.TEXT ? "text " + i
                        : field.element().kind() == Field.Kind.INTEGER ? 30 + i : field.element().sample());
            }
            return elements;
        }
    }

    /** Breaks the body as a whole: the fuzzer cannot tell which field, if any, a 400 will name. */
    static void breakWhole(Draft draft, Random random) {
        WholeBody way = WholeBody.values()[random.nextInt(WholeBody.values().length)];
        draft.rawBody = way.bytes(Json.write(draft.body, false), random);
        draft.fault(way.description, null);
    }

    /** The ways a body as a whole is no JSON object, or no JSON, or too much of it. */
    private enum WholeBody {
        EMPTY("an empty body"),
        NULL("JSON null"),
        ARRAY("an array instead of an object"),
        SCALAR("a scalar instead of an object"),
        TRUNCATED("truncated JSON"),
        TRAILING_GARBAGE("garbage after the JSON"),
        SINGLE_QUOTES("single-quoted JSON"),
        COMMENT_AND_NAN("JSON with a comment and NaN"),
        TRAILING_COMMA("a trailing comma"),
        RAW_CONTROL_CHARACTER("a raw control character inside a string"),
        INVALID_UTF8("invalid UTF-8 bytes inside a string"),
        TOO_DEEP("nesting deeper than any parser allows"),
        XML("XML with an external entity"),
        FORM("a form instead of JSON"),
        HUGE_NUMBER("a number with 5,000 digits"),
        OVER_THE_LIMIT("a body over the size limit");

        final String description;

        WholeBody(String description) {
            this.description = description;
        }

        byte[] bytes(String json, Random random) {
            return switch (this) {
                case EMPTY -> new byte[0];
                case NULL -> utf8("null");
                case ARRAY -> utf8("[" + json + "]");
                case SCALAR -> utf8(pick(random, "\"text\"", "42", "true", "\"' OR 1=1 --\""));
                case TRUNCATED -> utf8(json.substring(0, 1 + random.nextInt(json.length() - 1)));
                case TRAILING_GARBAGE -> utf8(json + pick(random, "}", " x", "{}", ",", "]", "\u0000"));
                case SINGLE_QUOTES -> utf8(json.replace('"', '\''));
                case COMMENT_AND_NAN -> utf8("{/* hi */ \"x\": NaN, " + json.substring(1));
                case TRAILING_COMMA -> utf8(json.substring(0, json.length() - 1) + ",}");
                case RAW_CONTROL_CHARACTER -> utf8(json.replaceFirst("\":\"", "\":\"\u0001\u001F"));
                case INVALID_UTF8 -> invalidUtf8(json, random);
                case TOO_DEEP -> utf8(deeplyNested(random));
                case XML -> utf8("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + "<request><name>&e;</name></request>");
                case FORM -> utf8("name=Ana&city=Lisbon&timeZone=Europe%2FLisbon");
                case HUGE_NUMBER -> utf8("{\"x\": " + "9".repeat(5000) + ", " + json.substring(1));
                case OVER_THE_LIMIT -> utf8("{\"name\":\"" + "x".repeat(65 * 1024 + random.nextInt(200_000)) + "\"}");
            };
        }

        private static String pick(Random random, String... choices) {
            return choices[random.nextInt(choices.length)];
        }
    }

    private static byte[] invalidUtf8(String json, Random random) {
        byte[] bad = List.of(new byte[] { (byte) 0xFF }, new byte[] { (byte) 0xC3, 0x28 },
                new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xC0, (byte) 0xAE },
                new byte[] { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 }).get(random.nextInt(5));
        int at = json.indexOf("\":\"");
        at = at < 0 ? 1 : at + 3;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8(json.substring(0, at)));
        bytes.writeBytes(bad);
        bytes.writeBytes(utf8(json.substring(at)));
        return bytes.toByteArray();
    }

    private static String deeplyNested(Random random) {
        int depth = 2_000 + random.nextInt(8_000);
        return random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(UTF_8);
    }

    /** Hostile text that is still valid where free text is (not blank, no NUL, no lone surrogate, short enough). */
    static String harmlessButHostile(Field field, Random random) {
        String text;
        do {
            text = HostileValues.TEXT.from(random);
            if (field.max() > 0 && text.length() > field.max()) {
                text = text.substring(0, (int) field.max());
            }
        }
        while (text.isBlank() || text.indexOf('\u0000') >= 0 || HostileValues.hasLoneSurrogate(text));
        return text;
    }

    /** Puts hostile but valid text into some free-text fields, and adds fields the service does not know. */
    static void addNoise(Draft draft, Random random) {
        for (Place place : places(draft.endpoint.body())) {
            if (place.field().kind() == Field.Kind.TEXT && random.nextInt(3) == 0 && exists(draft.body, place.steps())) {
                set(draft.body, place.steps(), harmlessButHostile(place.field(), random));
            }
        }
        if (random.nextInt(3) == 0 && draft.body instanceof Map<?, ?>) {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) draft.body;
            List<String> names = List.of("id", "version", "@class", "@type", "__proto__", "constructor", "isAdmin",
                    "roles", "$where", "createdAt", "status", "subject", harmlessButHostile(Field.text("", 40), random));
            String name = names.get(random.nextInt(names.size()));
            if (draft.endpoint.body().stream().noneMatch(field -> field.name().equals(name))) {
                body.put(name, List.of("java.lang.Runtime", Map.of("admin", true), "ADMIN", 99, "' OR 1=1 --")
                        .get(random.nextInt(5)));
            }
        }
    }

    private static List<Object> append(List<Object> steps, Object step) {
        List<Object> longer = new ArrayList<>(steps);
        longer.add(step);
        return List.copyOf(longer);
    }

    private static boolean exists(Object body, List<Object> steps) {
        Object at = body;
        for (Object step : steps) {
            if (at instanceof Map<?, ?> map && step instanceof String name && map.containsKey(name)) {
                at = map.get(name);
            }
            else if (at instanceof List<?> list && step instanceof Integer index && list.size() > index) {
                at = list.get(index);
            }
            else {
                return false;
            }
        }
        return true;
    }

    /** Sets the value at the path, making the objects and lists on the way (from samples) where the body has none. */
    @SuppressWarnings("unchecked")
    private static void set(Object body, List<Object> steps, Object value) {
        Object at = body;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            Object next = steps.get(i + 1);
            Object container = next instanceof Integer ? new ArrayList<>() : new LinkedHashMap<String, Object>();
            if (at instanceof Map<?, ?> map) {
                Object inner = map.get(step);
                if (!(inner instanceof Map<?, ?>) && !(inner instanceof List<?>)) {
                    inner = container;
                    ((Map<String, Object>) map).put((String) step, inner);
                }
                at = inner;
            }
            else if (at instanceof List<?> list) {
                if (list.isEmpty()) {
                    ((List<Object>) list).add(container);
                }
                at = list.get((Integer) step);
            }
        }
        Object last = steps.getLast();
        if (at instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).put((String) last, value);
        }
        else if (at instanceof List<?> list) {
            if (list.isEmpty()) {
                ((List<Object>) list).add(value);
            }
            else {
                ((List<Object>) list).set((Integer) last, value);
            }
        }
    }

    private static void remove(Object body, List<Object> steps) {
        Object at = body;
        for (int i = 0; i < steps.size() - 1 && at != null; i++) {
            Object step = steps.get(i);
            at = at instanceof Map<?, ?> map ? map.get(step)
                    : at instanceof List<?> list && !list.isEmpty() ? list.get((Integer) step) : null;
        }
        if (at instanceof Map<?, ?> map) {
            map.remove(steps.getLast());
        }
    }
}
