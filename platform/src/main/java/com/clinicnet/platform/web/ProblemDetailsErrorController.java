package com.clinicnet.platform.web;

import java.io.IOException;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import com.clinicnet.platform.security.ProblemResponses;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers what the servlet container sends to the error page (a {@code sendError} from a filter or from Tomcat,
 * such as a refused TRACE) as a problem detail; Spring Boot's own error page answered JSON of another shape. Written
 * straight to the response, whatever the request accepts, as every other error is.
 */
@Controller
class ProblemDetailsErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        write(response, status);
    }

    static void write(HttpServletResponse response, int status) throws IOException {
        ProblemResponses.write(response, status, titleOf(status), detailOf(status), status == 400 ? "request" : null);
    }

    static String titleOf(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error " + status : known.getReasonPhrase();
    }

    /** What a client can make of the status; no message of the container's, which may quote the request. */
    static String detailOf(int status) {
        return switch (status) {
            case 400 -> "is not a well-formed HTTP request (its URL, method or headers)";
            case 404 -> "Nothing is found at this URL";
            case 405 -> "This method is not allowed at this URL";
            case 413, 431 -> "The request or its headers are too large";
            default -> status >= 500 ? "The request could not be completed; it has been logged."
                    : "The request was refused";
        };
    }
}
