package com.clinicnet.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A time zone id of the IANA database as Java knows it, such as {@code Europe/Lisbon}, {@code UTC} or
 * {@code Etc/UTC}; fixed offsets like {@code +01:00} are refused, as they ignore daylight saving time.
 */
@Documented
@Constraint(validatedBy = IanaTimeZoneValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface IanaTimeZone {

    String message() default "must be an IANA time zone such as Europe/Lisbon or UTC";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
