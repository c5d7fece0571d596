package com.clinicnet.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses, as a value of the wrong format, JSON text that PostgreSQL cannot store or UTF-8 cannot carry: a NUL
 * character (U+0000: valid JSON, but a text column refuses it, which was a 500) and a lone surrogate (U+D800
 * alone, which the database driver would silently store as '?'). The field at fault is named in the 400
 * like any other.
 */
public final class StorableText extends SimpleModule {

    public StorableText() {
        super("clinicnet-storable-text");
        addDeserializer(String.class, new Deserializer());
    }

    /** Is this text storable: no NUL, every surrogate in a pair? */
    public static boolean isStorable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            }
            else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Jackson's own reading of text (and of numbers and booleans as text), then the check. Being a custom
     * deserializer it is also what reads the elements of a list of text, so an array nested in one is refused at
     * its own path rather than as an unreadable body.
     */
    static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && !isStorable(text)) {
                return (String) context.handleWeirdStringValue(String.class, text,
                        "contains a NUL character or a lone surrogate");
            }
            return text;
        }
    }
}
