package com.clinicnet.platform.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** Problem details written by filters, before a request reaches Spring MVC's exception handling. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(UTF_8.name());
        response.getWriter().write("{\"type\":\"https://clinicnet.example/problems/" + status + "\",\"title\":\""
                + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }
}
