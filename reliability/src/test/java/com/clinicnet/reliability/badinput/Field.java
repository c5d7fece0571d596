package com.clinicnet.reliability.badinput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A field of a request body as the fuzzer knows it: its JSON type and the constraints the service declares on it
 * (Bean Validation on the request record), so that the fuzzer can break it in every way those allow. A list's
 * element is a field without a name.
 */
record Field(String name, Kind kind, boolean isRequired, long min, long max, String pattern, List<String> constants,
        List<Field> children) {

    /** What the service expects in the field; each kind has its own ways of being wrong. */
    enum Kind {
        /** free text: anything goes but blank (when required) and more than {@code max} characters */
        TEXT,
        /** text that must match {@code pattern} (codes, language, phone) */
        PATTERN,
        EMAIL,
        /** an IANA zone id such as Europe/Lisbon */
        ZONE,
        /** a whole number, in [min, max] when {@code max > min} */
        INTEGER,
        UUID,
        /** a date-time with its offset */
        INSTANT,
        DATE,
        TIME,
        /** one of {@code constants} */
        CONSTANT,
        BOOLEAN,
        OBJECT,
        /** a list (or set) of {@code children.get(0)}, with between min and max elements */
        LIST
    }

    static final String CODE = "[A-Z_]{2,40}";
    private static final long NO_BOUND = -1;

    static Field text(String name, int maxLength) {
        return new Field(name, Kind.TEXT, false, 0, maxLength, null, List.of(), List.of());
    }

    static Field pattern(String name, String regex) {
        return new Field(name, Kind.PATTERN, false, 0, NO_BOUND, regex, List.of(), List.of());
    }

    static Field code(String name) {
        return pattern(name, CODE);
    }

    static Field email(String name) {
        return new Field(name, Kind.EMAIL, false, 0, 254, null, List.of(), List.of());
    }

    static Field zone(String name) {
        return new Field(name, Kind.ZONE, false, 0, NO_BOUND, null, List.of(), List.of());
    }

    static Field integer(String name, long min, long max) {
        return new Field(name, Kind.INTEGER, false, min, max, null, List.of(), List.of());
    }

    /** A whole number whose allowed values only the service's rules know (no declared range). */
    static Field integer(String name) {
        return new Field(name, Kind.INTEGER, false, NO_BOUND, NO_BOUND, null, List.of(), List.of());
    }

    static Field uuid(String name) {
        return new Field(name, Kind.UUID, false, 0, NO_BOUND, null, List.of(), List.of());
    }

    static Field instant(String name) {
        return new Field(name, Kind.INSTANT, false, 0, NO_BOUND, null, List.of(), List.of());
    }

    static Field date(String name) {
        return new Field(name, Kind.DATE, false, 0, NO_BOUND, null, List.of(), List.of());
    }

    static Field time(String name) {
        return new Field(name, Kind.TIME, false, 0, NO_BOUND, null, List.of(), List.of());
    }

    static Field constant(String name, List<String> constants) {
        return new Field(name, Kind.CONSTANT, false, 0, NO_BOUND, null, List.copyOf(constants), List.of());
    }

    static Field bool(String name) {
        return new Field(name, Kind.BOOLEAN, false, 0, NO_BOUND, null, List.of(), List.of());
    }

    static Field object(String name, Field... children) {
        return new Field(name, Kind.OBJECT, false, 0, NO_BOUND, null, List.of(), List.of(children));
    }

    /** A list whose elements must not be null, with at least {@code minSize} and at most {@code maxSize}. */
    static Field list(String name, Field element, int minSize, int maxSize) {
        return new Field(name, Kind.LIST, false, minSize, maxSize, null, List.of(), List.of(element));
    }

    /** The element of a list. */
    static Field element(Field of) {
        return new Field("", of.kind, true, of.min, of.max, of.pattern, of.constants, of.children);
    }

    Field required() {
        return new Field(name, kind, true, min, max, pattern, constants, children);
    }

    boolean hasRange() {
        return max > min;
    }

    Field element() {
        return children.getFirst();
    }

    /** A valid value, to fill in a field the base body leaves out before breaking something inside it. */
    Object sample() {
        return switch (kind) {
            case TEXT -> "Sample";
            case PATTERN -> CODE.equals(pattern) ? "LOWER_BACK" : "pt";
            case EMAIL -> "sample@example.org";
            case ZONE -> "Europe/Lisbon";
            case INTEGER -> hasRange() ? min : 60;
            case UUID -> java.util.UUID.randomUUID().toString();
            case INSTANT -> "2031-01-07T10:00:00Z";
            case DATE -> "2031-01-06";
            case TIME -> "09:00";
            case CONSTANT -> constants.getFirst();
            case BOOLEAN -> false;
            case OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                children.forEach(child -> object.put(child.name(), child.sample()));
                yield object;
            }
            case LIST -> new java.util.ArrayList<>(List.of(element().sample()));
        };
    }

    static String randomId() {
        return UUID.randomUUID().toString();
    }
}
