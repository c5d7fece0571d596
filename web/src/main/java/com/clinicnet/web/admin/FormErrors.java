package com.clinicnet.web.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

import com.clinicnet.web.services.Problem;

/**
 * The messages a form shows next to its fields: what could not even be read (a number that is not one), or what
 * the service refused, by the form's own field names.
 */
final class FormErrors {

    private FormErrors() {
    }

    static Map<String, String> unreadable(BindingResult binding, UnaryOperator<String> formField, MessageSource messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        binding.getFieldErrors().forEach(error -> errors.putIfAbsent(formField.apply(error.getField()),
                messages.getMessage("admin.form.unreadable", null, LocaleContextHolder.getLocale())));
        return errors;
    }

    static Map<String, String> refused(Problem problem, UnaryOperator<String> formField) {
        Map<String, String> errors = new LinkedHashMap<>(problem.messagesByField(formField));
        if (errors.isEmpty() && problem.detail() != null) {
            errors.put("form", problem.detail());
        }
        return errors;
    }
}
