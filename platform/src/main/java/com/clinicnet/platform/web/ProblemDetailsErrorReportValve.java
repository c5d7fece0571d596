package com.clinicnet.platform.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import com.clinicnet.platform.security.ProblemResponses;

/**
 * Tomcat's report of an error it meets before any application sees the request (a URL it cannot decode or that
 * escapes the root, an encoded slash or NUL, headers over the size limit): a problem detail instead of Tomcat's HTML
 * page. Replaces the host's ErrorReportValve (see {@link ProblemDetailsConfiguration}).
 */
public class ProblemDetailsErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's own: nothing for a success, nothing if a body was written, and a report only once
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType(ProblemResponses.CONTENT_TYPE);
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemResponses.json(status, ProblemDetailsErrorController.titleOf(status),
                        ProblemDetailsErrorController.detailOf(status), status == 400 ? "request" : null));
                response.finishResponse();
            }
        }
        catch (IOException | IllegalStateException clientGone) {
            // nothing more can be said to this client
        }
    }
}
