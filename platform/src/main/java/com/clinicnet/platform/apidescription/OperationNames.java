package com.clinicnet.platform.apidescription;

import java.beans.Introspector;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Operation;

/**
 * Operation ids a generated client can keep: the controller's subject and the method, {@code session.book} or
 * {@code clinic.find}, where springdoc would number the second {@code find} of a service {@code find_1}.
 */
final class OperationNames implements OperationCustomizer {

    private static final String CONTROLLER = "Controller";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String controller = handler.getBeanType().getSimpleName();
        String subject = controller.endsWith(CONTROLLER)
                ? controller.substring(0, controller.length() - CONTROLLER.length()) : controller;
        return operation.operationId(Introspector.decapitalize(subject) + "." + handler.getMethod().getName());
    }
}
