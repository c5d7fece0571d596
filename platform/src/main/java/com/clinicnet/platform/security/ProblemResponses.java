package com.clinicnet.platform.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;

import org.jspecify.annotations.Nullable;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Problem details written outside Spring MVC's exception handling: by filters, before a request reaches it, and by
 * the container's own error reporting, after it (or instead of it). Shaped like ProblemDetailsAdvice's, a field at
 * fault included.
 */
public final class ProblemResponses {

    public static final String CONTENT_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        write(response, status, title, detail, null);
    }

    public static void write(HttpServletResponse response, int status, String title, String detail,
            @Nullable String field) throws IOException {
        response.setStatus(status);
        response.setContentType(CONTENT_TYPE);
        response.setCharacterEncoding(UTF_8.name());
        response.getWriter().write(json(status, title, detail, field));
    }

    /** The problem detail as JSON; {@code field}, when given, is listed in {@code errors} with the detail. */
    public static String json(int status, String title, String detail, @Nullable String field) {
        StringBuilder json = new StringBuilder("{\"type\":\"https://clinicnet.example/problems/").append(status)
                .append("\",\"title\":").append(quoted(title)).append(",\"status\":").append(status)
                .append(",\"detail\":").append(quoted(field == null ? detail : field + ": " + detail));
        if (field != null) {
            json.append(",\"errors\":[{\"field\":").append(quoted(field)).append(",\"message\":")
                    .append(quoted(detail)).append("}]");
        }
        return json.append('}').toString();
    }

    /** A JSON string; a field name may come from the request, so everything JSON cannot hold raw is escaped. */
    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            }
            else if (c < 0x20 || Character.isSurrogate(c) || c == 0x2028 || c == 0x2029) {
                quoted.append(String.format("\\u%04x", (int) c));
            }
            else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
