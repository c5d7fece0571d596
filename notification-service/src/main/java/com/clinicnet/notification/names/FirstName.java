package com.clinicnet.notification.names;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The name a message greets a therapist by: the first whitespace-separated word of their full name, and nothing
 * more of it is kept. Plain Java.
 */
final class FirstName {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private FirstName() {
    }

    /** The first word of the full name; nothing when the name is missing or blank. */
    static Optional<String> of(String fullName) {
        if (fullName == null) {
            return Optional.empty();
        }
        return Arrays.stream(WHITESPACE.split(fullName)).filter(Predicate.not(String::isEmpty)).findFirst();
    }
}
