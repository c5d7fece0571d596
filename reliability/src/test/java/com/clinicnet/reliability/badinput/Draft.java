package com.clinicnet.reliability.badinput;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * A request being made: the base request of an {@link Endpoint}, changed in place by the fuzzer, then frozen into
 * a {@link FuzzRequest}. Path and query values are kept as text and percent-encoded as a client would, unless a
 * value is given already encoded (to send bytes no client library would produce, such as {@code %ED%A0%80}).
 */
final class Draft {

    static final String JSON = "application/json";

    final Endpoint endpoint;
    String method;
    /** the whole Authorization header, or null for none */
    String authorization;
    final Map<String, String> path;
    final Map<String, String> query;
    final Set<String> alreadyEncoded = new HashSet<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    /** the body as maps and lists (or any JSON value), written as JSON unless {@link #rawBody} is set */
    Object body;
    byte[] rawBody;
    boolean escapeNonAscii;
    String contentType;
    String fault;
    /** the field a 400 must name, or null when the fuzzer cannot tell which one it will be */
    String expectedField;

    Draft(Endpoint endpoint, String token, Map<String, String> path, Map<String, String> query, Object body) {
        this.endpoint = endpoint;
        this.method = endpoint.method();
        this.authorization = "Bearer " + token;
        this.path = path;
        this.query = query;
        this.body = body;
        this.contentType = body == null ? null : JSON;
        if (endpoint.idempotencyKey()) {
            headers.put("Idempotency-Key", Field.randomId());
        }
    }

    Draft fault(String description, String field) {
        this.fault = description;
        this.expectedField = field;
        return this;
    }

    FuzzRequest freeze(ToIntFunction<String> portOfService) {
        StringBuilder target = new StringBuilder(endpoint.template());
        path.forEach((name, value) -> {
            int at = target.indexOf("{" + name + "}");
            target.replace(at, at + name.length() + 2, alreadyEncoded.contains(name) ? value : encode(value));
        });
        String separator = "?";
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            String value = parameter.getValue();
            target.append(separator).append(encode(parameter.getKey())).append('=')
                    .append(alreadyEncoded.contains("?" + parameter.getKey()) ? value : encode(value));
            separator = "&";
        }
        Map<String, String> sent = new LinkedHashMap<>(headers);
        if (authorization != null) {
            sent.put("Authorization", authorization);
        }
        if (contentType != null) {
            sent.put("Content-Type", contentType);
        }
        byte[] bytes = rawBody != null ? rawBody
                : body != null ? Json.write(body, escapeNonAscii).getBytes(UTF_8) : null;
        return new FuzzRequest(endpoint.key(), endpoint.service(), portOfService.applyAsInt(endpoint.service()),
                method, target.toString(), sent, bytes, fault, expectedField);
    }

    /**
     * Percent-encodes every byte of the UTF-8 text but the unreserved characters of RFC 3986. A lone surrogate,
     * which UTF-8 cannot encode, goes out as the three bytes a sloppy encoder makes of it ({@code %ED%A0%80}).
     */
    static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                encodeBytes(text.substring(i, i + 2).getBytes(UTF_8), encoded);
                i++;
            }
            else if (Character.isSurrogate(c)) {
                encodeBytes(new byte[] { (byte) (0xE0 | (c >> 12)), (byte) (0x80 | ((c >> 6) & 0x3F)),
                        (byte) (0x80 | (c & 0x3F)) }, encoded);
            }
            else {
                encodeBytes(String.valueOf(c).getBytes(UTF_8), encoded);
            }
        }
        return encoded.toString();
    }

    private static void encodeBytes(byte[] bytes, StringBuilder encoded) {
        for (byte b : bytes) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            }
            else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
    }
}
