package com.clinicnet.reliability.badinput;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Map;

/**
 * A generated request, exactly as sent.
 *
 * @param endpoint the operation it was made for ({@link Endpoint#key()})
 * @param target the path and query, percent-encoded
 * @param fault what the fuzzer broke in it
 * @param expectedField the field a 400 must name, or null when the fuzzer cannot tell
 */
record FuzzRequest(String endpoint, String service, int port, String method, String target,
        Map<String, String> headers, byte[] body, String fault, String expectedField) {

    private static final int SHOWN = 400;

    /** The request for a failure message: method, path, fault, headers but the token, and the body (cut short). */
    String describe() {
        StringBuilder text = new StringBuilder(method).append(' ').append(service).append(target)
                .append("\n      fault: ").append(visible(fault));
        headers.forEach((name, value) -> {
            if (!name.equals("Authorization") || !value.startsWith("Bearer ey")) {
                text.append("\n      ").append(name).append(": ").append(shorten(value));
            }
        });
        if (body != null) {
            text.append("\n      body (").append(body.length).append(" bytes): ")
                    .append(shorten(new String(body, UTF_8)));
        }
        return text.toString();
    }

    static String shorten(String text) {
        String cut = text.length() <= SHOWN ? text : text.substring(0, SHOWN);
        return visible(cut) + (text.length() <= SHOWN ? "" : "… (" + text.length() + " characters)");
    }

    /** Control characters, lone surrogates and direction overrides as {@code \\uXXXX}, so a report shows them. */
    static String visible(String text) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                shown.append(c).append(text.charAt(++i));
            }
            else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                shown.append(String.format("\\u%04X", (int) c));
            }
            else {
                shown.append(c);
            }
        }
        return shown.toString();
    }
}
