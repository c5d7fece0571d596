package com.clinicnet.web.services;

/** A service refused the request (400, 409, 422) and said why, field by field: shown next to the form's fields. */
public class ServiceProblemException extends RuntimeException {

    private final Problem problem;

    public ServiceProblemException(Problem problem) {
        super(problem.status() + " " + problem.title());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
