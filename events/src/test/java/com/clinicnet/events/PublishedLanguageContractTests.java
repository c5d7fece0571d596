package com.clinicnet.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every version of every event keeps a JSON fixture. If a record changes so that a fixture no longer
 * reads back to the same JSON, the change breaks consumers and needs a new version instead.
 */
class PublishedLanguageContractTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void every_event_version_reads_its_fixture_and_writes_it_back_unchanged(EventType type) throws IOException {
        JsonNode fixture = JSON.readTree(fixture(type));

        ClinicNetEvent event = JSON.treeToValue(fixture, type.recordType());

        assertThat(JSON.readTree(JSON.writeValueAsString(event)).equals(fixture)).as("round trip of %s", type).isTrue();
        assertThat(EventType.of(event)).isEqualTo(type);
    }

    @Test
    void a_session_booked_fixture_carries_instants_and_the_clinic_zone() throws IOException {
        SessionBookedV1 booked = JSON.readValue(fixture(EventType.SESSION_BOOKED_V1), SessionBookedV1.class);

        assertThat(booked.startsAt()).isEqualTo(Instant.parse("2026-11-10T09:00:00Z"));
        assertThat(booked.clinicTimeZone()).isEqualTo("Europe/Lisbon");
        assertThat(booked.subject()).isEqualTo(booked.sessionId().toString());
    }

    /** The catalogue names the concerns a specialty treats in general; no event says what ails a client. */
    @ParameterizedTest
    @EnumSource(value = EventType.class, names = "SPECIALTY_DESCRIBED_V1", mode = EnumSource.Mode.EXCLUDE)
    void no_event_carries_health_details(EventType type) {
        List<String> fields = Arrays.stream(type.recordType().getRecordComponents())
                .map(component -> component.getName().toLowerCase())
                .toList();

        assertThat(fields).noneMatch(name -> name.contains("concern") || name.contains("pain")
                || name.contains("condition") || name.contains("injur") || name.contains("intake"));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void only_client_contacts_carry_contact_details(EventType type) {
        List<String> fields = Arrays.stream(type.recordType().getRecordComponents())
                .map(component -> component.getName().toLowerCase())
                .toList();

        boolean carriesContact = fields.contains("email") || fields.contains("phone");

        if (carriesContact) {
            assertThat(type.topic()).isEqualTo(Topics.CLIENT_CONTACTS);
        }
    }

    @Test
    void an_unknown_type_name_is_not_in_the_catalogue() {
        assertThat(EventType.named("clinicnet.booking.SessionBooked.v99")).isEmpty();
        assertThat(EventType.named("clinicnet.booking.SessionBooked.v1")).contains(EventType.SESSION_BOOKED_V1);
    }

    @Test
    void the_subject_of_a_therapist_profile_is_the_therapist() {
        UUID therapistId = UUID.randomUUID();
        var profile = new TherapistProfileUpdatedV1(UUID.randomUUID(), Instant.now(), therapistId, "Ana", true,
                List.of(), List.of(), 1);

        assertThat(profile.subject()).isEqualTo(therapistId.toString());
    }

    private static InputStream fixture(EventType type) {
        InputStream stream = PublishedLanguageContractTests.class
                .getResourceAsStream("/fixtures/" + type.typeName() + ".json");
        assertThat(stream).as("fixture for %s", type.typeName()).isNotNull();
        return stream;
    }
}
