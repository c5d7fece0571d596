package com.clinicnet.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/asyncapi.yaml describes every topic and every version of every event; these checks keep it from drifting
 * from the event records and their JSON fixtures.
 */
class AsyncApiDescriptionTests {

    private static final Path DESCRIPTION = Path.of("..", "docs", "asyncapi.yaml");
    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> description = load();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void every_event_version_is_a_message_of_its_topics_channel_named_by_its_type(EventType type) {
        Map<String, Object> message = message(type);

        assertThat(message.get("name")).isEqualTo(type.typeName());
        assertThat(channelOf(type)).as("the channel of " + type.topic()).isNotNull();
        assertThat(map(map(channelOf(type)).get("messages"))).containsKey(type.recordType().getSimpleName());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void every_message_names_exactly_the_fields_of_its_record(EventType type) {
        Set<String> fields = Arrays.stream(type.recordType().getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toSet());

        assertThat(properties(schemaOf(message(type))).keySet()).isEqualTo(fields);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void every_fixture_fits_its_message_field_by_field(EventType type) throws IOException {
        try (InputStream fixture = getClass().getResourceAsStream("/fixtures/" + type.typeName() + ".json")) {
            assertThat(fixture).isNotNull();
            assertFits(JSON.readTree(fixture), schemaOf(message(type)), type.typeName());
        }
    }

    @Test
    void the_description_has_no_message_that_is_not_an_event_type() {
        Set<String> types = Arrays.stream(EventType.values()).map(type -> type.recordType().getSimpleName())
                .collect(Collectors.toSet());

        assertThat(map(map(description.get("components")).get("messages")).keySet()).isEqualTo(types);
    }

    private void assertFits(JsonNode value, Map<String, Object> schema, String where) {
        Map<String, Object> properties = properties(schema);
        value.propertyNames().forEach(field -> {
            assertThat(properties).as(where + " has a field " + field).containsKey(field);
            Map<String, Object> fieldSchema = resolved(map(properties.get(field)));
            JsonNode fieldValue = value.get(field);
            if (!fieldValue.isNull()) {
                assertType(fieldValue, fieldSchema, where + "." + field);
            }
        });
    }

    private void assertType(JsonNode value, Map<String, Object> schema, String where) {
        switch (String.valueOf(schema.get("type"))) {
            case "string" -> assertThat(value.isString()).as(where + " is a string").isTrue();
            case "integer" -> assertThat(value.isIntegralNumber()).as(where + " is an integer").isTrue();
            case "boolean" -> assertThat(value.isBoolean()).as(where + " is a boolean").isTrue();
            case "array" -> {
                assertThat(value.isArray()).as(where + " is an array").isTrue();
                Map<String, Object> items = resolved(map(schema.get("items")));
                value.forEach(item -> assertType(item, items, where + "[]"));
            }
            case "object" -> {
                assertThat(value.isObject()).as(where + " is an object").isTrue();
                assertFits(value, schema, where);
            }
            default -> throw new AssertionError(where + " has no type in the description");
        }
    }

    private Map<String, Object> message(EventType type) {
        Map<String, Object> messages = map(map(description.get("components")).get("messages"));
        Map<String, Object> message = map(messages.get(type.recordType().getSimpleName()));
        assertThat(message).as("a message for " + type.typeName()).isNotNull();
        return message;
    }

    private Object channelOf(EventType type) {
        return map(description.get("channels")).values().stream()
                .filter(channel -> type.topic().equals(map(channel).get("address"))).findFirst().orElse(null);
    }

    private Map<String, Object> schemaOf(Map<String, Object> message) {
        return resolved(map(message.get("payload")));
    }

    private Map<String, Object> resolved(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = String.valueOf(ref).substring(SCHEMA_REF.length());
        return map(map(map(description.get("components")).get("schemas")).get(name));
    }

    private static Map<String, Object> properties(Map<String, Object> schema) {
        return map(schema.get("properties"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    private static Map<String, Object> load() {
        try (InputStream file = Files.newInputStream(DESCRIPTION)) {
            return new Yaml().load(file);
        }
        catch (IOException e) {
            throw new IllegalStateException("Cannot read " + DESCRIPTION.toAbsolutePath(), e);
        }
    }
}
