package com.clinicnet.platform.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses with 400 a JSON body that is not well-formed UTF-8 (RFC 8259 allows nothing else). Jackson decodes some
 * malformed bytes rather than refusing them: the overlong {@code C0 AE} became a '.' in a stored clinic name, the
 * very trick that slips a dot past a filter. The body is read once here, at most the size limit (which also holds a
 * chunked body without a Content-Length to it), and handed on as read.
 */
class Utf8JsonBody extends OncePerRequestFilter {

    private final DataSize limit;

    Utf8JsonBody(DataSize limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isUtf8Json(request.getContentType()) || !hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit.toBytes() + 1));
        if (body.length > limit.toBytes()) {
            ProblemResponses.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Payload too large",
                    "A request body may be at most " + limit.toKilobytes() + " KB");
            return;
        }
        if (!isWellFormedUtf8(body)) {
            ProblemResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, "Invalid request",
                    "is not well-formed UTF-8", "body");
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    static boolean isWellFormedUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        }
        catch (CharacterCodingException malformed) {
            return false;
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** JSON (application/json or a +json type) in UTF-8, said or implied; another charset is Spring's to read. */
    private static boolean isUtf8Json(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            boolean json = MediaType.APPLICATION_JSON.isCompatibleWith(type)
                    || (type.getSubtype().endsWith("+json") && !type.isWildcardSubtype());
            return json && (type.getCharset() == null || type.getCharset().equals(StandardCharsets.UTF_8));
        }
        catch (IllegalArgumentException unreadableTypeOrCharset) {
            // Spring MVC answers those itself, with 415
            return false;
        }
    }

    /** The request with its body as already read. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
