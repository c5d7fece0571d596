package com.clinicnet.platform.security;

import java.io.IOException;

import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Refuses a request body larger than the limit with 413 before anything reads it. */
class RequestSizeLimit extends OncePerRequestFilter {

    private final DataSize limit;

    RequestSizeLimit(DataSize limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit.toBytes()) {
            ProblemResponses.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Payload too large",
                    "A request body may be at most " + limit.toKilobytes() + " KB");
            return;
        }
        chain.doFilter(request, response);
    }
}
