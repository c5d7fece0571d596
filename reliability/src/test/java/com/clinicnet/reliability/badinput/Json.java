package com.clinicnet.reliability.badinput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies as plain maps and lists, written as JSON text the way a client would, or with every non-ASCII
 * character escaped as backslash-u and four hex digits: the only way to put a lone surrogate into valid JSON.
 */
final class Json {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final JsonMapper ASCII = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private Json() {
    }

    static String write(Object value, boolean escapeNonAscii) {
        return (escapeNonAscii || hasLoneSurrogate(value) ? ASCII : PLAIN).writeValueAsString(value);
    }

    @SuppressWarnings("unchecked")
    static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, inner) -> copy.put((String) key, deepCopy(inner)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(inner -> copy.add(deepCopy(inner)));
            return (T) copy;
        }
        return value;
    }

    private static boolean hasLoneSurrogate(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.keySet().stream().anyMatch(Json::hasLoneSurrogate)
                    || map.values().stream().anyMatch(Json::hasLoneSurrogate);
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(Json::hasLoneSurrogate);
        }
        return value instanceof String text && HostileValues.hasLoneSurrogate(text);
    }
}
