package com.clinicnet.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every page speaks English and Portuguese: each bundle's labels exist in both, none left empty. */
class LabelsInBothLanguagesTests {

    @ParameterizedTest
    @ValueSource(strings = { "messages", "messages-front-desk", "messages-therapist", "messages-admin",
            "messages-operations" })
    void every_label_of_a_bundle_is_written_in_both_languages(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties portuguese = load(bundle + "_pt.properties");

        assertThat(portuguese.stringPropertyNames()).as(bundle + " in Portuguese")
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english.values()).as(bundle + " has no empty label").noneMatch(value -> value.toString().isBlank());
        assertThat(portuguese.values()).as(bundle + "_pt has no empty label")
                .noneMatch(value -> value.toString().isBlank());
    }

    private static Properties load(String name) throws IOException {
        Properties labels = new Properties();
        try (InputStream in = LabelsInBothLanguagesTests.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return labels;
    }
}
