package com.clinicnet.web.admin;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The admin's forms are records, filled in through their constructors only: binding their rows (days[0].opens,
 * shifts[2].ends) again as properties would fail, records having no setters.
 */
@ControllerAdvice(basePackageClasses = FormBinding.class)
class FormBinding {

    @InitBinder
    void throughConstructorsOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }
}
