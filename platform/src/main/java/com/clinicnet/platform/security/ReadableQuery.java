package com.clinicnet.platform.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.web.filter.OncePerRequestFilter;

import com.clinicnet.platform.web.StorableText;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses with 400, naming the parameter, a query string that does not decode to storable text: a broken
 * percent-escape, bytes that are not UTF-8 (Tomcat then throws from {@code getParameter}, deep in Spring MVC,
 * which answered 500), or a NUL (which reached PostgreSQL as a query parameter, also a 500).
 */
class ReadableQuery extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> unreadable = unreadableParameter(request.getQueryString());
        if (unreadable.isPresent()) {
            ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, "Invalid request",
                    "is not readable text (UTF-8, percent-encoded, without NUL)", unreadable.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** The name (as far as it can be read) of the first parameter whose name or value cannot be read. */
    static Optional<String> unreadableParameter(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            Optional<String> name = decode(rawName);
            Optional<String> value = equals < 0 ? Optional.of("") : decode(pair.substring(equals + 1));
            if (name.isEmpty() || value.isEmpty()) {
                return Optional.of(name.orElse("query"));
            }
        }
        return Optional.empty();
    }

    /** The text, percent- and UTF-8-decoded strictly as Tomcat does, if it is storable text. */
    private static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return Optional.empty();
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            }
            else {
                bytes.writeBytes(String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
            return StorableText.isStorable(text) ? Optional.of(text) : Optional.empty();
        }
        catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
