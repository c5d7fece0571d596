package com.clinicnet.web.therapist;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The intake's need-to-know codes in the therapist's words ({@code @needToKnow.label(code)} in the templates). A code
 * the bundles do not know yet (a catalogue entry newer than this web) reads as a neutral "see the intake".
 */
@Component("needToKnow")
public class NeedToKnow {

    static final String PREFIX = "therapist.needToKnow.";
    static final String UNKNOWN = PREFIX + "unknown";

    private final MessageSource messages;

    NeedToKnow(MessageSource messages) {
        this.messages = messages;
    }

    public String label(String code) {
        String unknown = messages.getMessage(UNKNOWN, null, LocaleContextHolder.getLocale());
        return messages.getMessage(PREFIX + code, null, unknown, LocaleContextHolder.getLocale());
    }
}
