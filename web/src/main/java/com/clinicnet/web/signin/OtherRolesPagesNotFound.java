package com.clinicnet.web.signin;

import java.io.IOException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page of another role is answered as a page that does not exist (404, the not-found page), so that nobody learns
 * which staff pages there are. Other refusals (a form without its CSRF token) stay 403.
 */
class OtherRolesPagesNotFound implements AccessDeniedHandler {

    private final String notFoundPage;
    private final AccessDeniedHandler otherRefusals = new AccessDeniedHandlerImpl();

    OtherRolesPagesNotFound(String notFoundPage) {
        this.notFoundPage = notFoundPage;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof AuthorizationDeniedException) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            request.getRequestDispatcher(notFoundPage).forward(request, response);
        }
        else {
            otherRefusals.handle(request, response, denied);
        }
    }
}
