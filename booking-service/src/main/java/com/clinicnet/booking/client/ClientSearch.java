package com.clinicnet.booking.client;

import com.clinicnet.platform.problem.BadRequestException;

/**
 * The rules of the front desk's client search: a text of at least {@code minLength} characters (fewer would list
 * most of a clinic) and at most {@code maxLength} (no name, email or phone is longer), and at most
 * {@code maxResults} clients answered, the desk narrowing the text rather than paging.
 */
record ClientSearch(int minLength, int maxLength, int maxResults) {

    /** The text searched for, trimmed; refused (400, naming {@code search}) when too short to search. */
    String requireSearchable(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.codePointCount(0, trimmed.length()) < minLength) {
            throw new BadRequestException("search", "Give at least " + minLength + " characters of a name, an email "
                    + "or a phone number");
        }
        if (trimmed.length() > maxLength) {
            throw new BadRequestException("search", "Give at most " + maxLength + " characters");
        }
        return trimmed;
    }
}
