package com.clinicnet.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** Every service answers errors as RFC 9457 problem details, the same way. */
@AutoConfiguration
@Import(ProblemDetailsAdvice.class)
public class ProblemDetailsConfiguration {
}
