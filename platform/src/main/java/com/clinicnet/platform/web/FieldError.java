package com.clinicnet.platform.web;

/** One field at fault, listed in a problem detail's {@code errors}. */
public record FieldError(String field, String message) {
}
