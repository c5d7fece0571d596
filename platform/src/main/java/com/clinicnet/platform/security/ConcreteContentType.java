package com.clinicnet.platform.security;

import java.io.IOException;
import java.util.Optional;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses with 415 a request body labelled with a wildcard type ({@code Content-Type: *}{@code /*}) or as a form:
 * a body has one concrete type, and no operation here reads a form. Spring MVC reading a wildcard-typed body throws
 * an IllegalArgumentException rather than its own unsupported-media-type exception, and it reads a form body through
 * the servlet's parameters, where the security firewall throws on a name it does not allow (any non-ASCII text):
 * both answered 500.
 */
class ConcreteContentType extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasBody(request) && (isWildcard(request.getContentType()) || isForm(request.getContentType()))) {
            ProblemResponses.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
                    "A request body here is JSON: Content-Type application/json");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean isForm(String contentType) {
        return parsed(contentType).map(MediaType.APPLICATION_FORM_URLENCODED::equalsTypeAndSubtype).orElse(false);
    }

    private static boolean isWildcard(String contentType) {
        return parsed(contentType).map(type -> type.isWildcardType() || type.isWildcardSubtype()).orElse(false);
    }

    private static Optional<MediaType> parsed(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(MediaType.parseMediaType(contentType));
        }
        catch (InvalidMediaTypeException unreadable) {
            // Spring MVC refuses an unreadable type itself, with 415
            return Optional.empty();
        }
    }
}
