package com.clinicnet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A controller validated as a whole ({@code @Validated} on its class) is checked through a proxy that throws a
 * ConstraintViolationException: it is a 400 naming the parameter, not a 500.
 */
class ProblemDetailsAdviceTests {

    static class DeliveryLog {

        public List<String> entries(@Min(1) @Max(1000) int limit) {
            return List.of();
        }
    }

    @Test
    void a_parameter_out_of_its_range_is_a_bad_request_naming_the_parameter() throws Exception {
        Method entries = DeliveryLog.class.getMethod("entries", int.class);
        Set<ConstraintViolation<DeliveryLog>> violations = Validation.buildDefaultValidatorFactory().getValidator()
                .forExecutables().validateParameters(new DeliveryLog(), entries, new Object[] { 0 });

        ResponseEntity<Object> answer = new ProblemDetailsAdvice()
                .constraintViolated(new ConstraintViolationException(violations));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getProperties().get("errors")).asInstanceOf(InstanceOfAssertFactories.list(FieldError.class))
                .extracting(FieldError::field).containsExactly("limit");
    }

    @Test
    void a_parameter_the_firewall_refuses_late_is_a_bad_request_that_does_not_quote_it() {
        ResponseEntity<Object> answer = new ProblemDetailsAdvice().requestRejected(new RequestRejectedException(
                "The request was rejected because the parameter name \"my back hurts\" is not allowed."));

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getDetail()).doesNotContain("back");
        assertThat(problem.getProperties().get("errors")).asInstanceOf(InstanceOfAssertFactories.list(FieldError.class))
                .extracting(FieldError::field).containsExactly("parameters");
    }
}
