package com.clinicnet.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an endpoint at all, on its {@link Caller} parameter. The caller is resolved before the
 * request's body and parameters are read, so a caller without one of these roles is refused (403) whatever they
 * sent: a wrong body is no way to learn what an endpoint expects. The finer rules (whose client, which clinic) stay
 * with each feature.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedRoles {

    Role[] value();
}
