package com.clinicnet.platform.security;

import java.io.IOException;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses with 415 a request body labelled with a wildcard type ({@code Content-Type: *}{@code /*}): a body has one
 * concrete type. Spring MVC reading such a body throws an IllegalArgumentException rather than its own
 * unsupported-media-type exception, which answered 500.
 */
class ConcreteContentType extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasBody(request) && isWildcard(request.getContentType())) {
            ProblemResponses.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
                    "A request body needs a concrete Content-Type, such as application/json");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean isWildcard(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype();
        }
        catch (InvalidMediaTypeException unreadable) {
            // Spring MVC refuses an unreadable type itself, with 415
            return false;
        }
    }
}
