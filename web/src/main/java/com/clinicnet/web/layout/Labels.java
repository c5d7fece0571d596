package com.clinicnet.web.layout;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Plain words for the services' codes (RADIATING_LEG_PAIN: "Pain that runs down a leg"). A code the messages do not
 * know yet (a new catalogue entry) is shown as readable words rather than as a missing-message marker.
 */
@Component("labels")
public class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    public String concern(String code) {
        return label("concern.", code);
    }

    public String condition(String code) {
        return label("condition.", code);
    }

    public String specialty(String code) {
        return label("specialty.", code);
    }

    private String label(String prefix, String code) {
        String readable = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        readable = Character.toUpperCase(readable.charAt(0)) + readable.substring(1);
        return messages.getMessage(prefix + code, null, readable, LocaleContextHolder.getLocale());
    }
}
