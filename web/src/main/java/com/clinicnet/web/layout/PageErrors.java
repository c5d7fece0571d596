package com.clinicnet.web.layout;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.clinicnet.web.services.ResourceNotFoundException;
import com.clinicnet.web.services.ServiceProblemException;
import com.clinicnet.web.services.ServiceUnavailableException;

/**
 * What a person sees when something is missing or a service is down: a page in their language that says what still
 * works, never a stack trace. Requests and answers are not logged: they may hold health data.
 */
@ControllerAdvice
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(ServiceUnavailableException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    ModelAndView unavailable(ServiceUnavailableException unavailable) {
        log.warn("Answered 503: {}", unavailable.getMessage());
        return new ModelAndView("unavailable").addObject("service", unavailable.service());
    }

    /** Also another person's session: the service says 404 and so do we, revealing nothing. */
    @ExceptionHandler({ ResourceNotFoundException.class, NoResourceFoundException.class,
            MethodArgumentTypeMismatchException.class })
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound() {
        return new ModelAndView("not-found");
    }

    /** A refusal no form was there to show (a form's own controller shows it next to the field). */
    @ExceptionHandler(ServiceProblemException.class)
    ModelAndView refused(ServiceProblemException refused) {
        ModelAndView page = new ModelAndView("refused").addObject("problem", refused.problem());
        page.setStatus(HttpStatus.valueOf(refused.problem().status()));
        return page;
    }
}
