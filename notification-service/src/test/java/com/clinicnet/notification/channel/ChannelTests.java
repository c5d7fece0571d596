package com.clinicnet.notification.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicnet.notification.contact.Contact;

class ChannelTests {

    @Test
    void a_client_who_prefers_sms_and_gave_a_number_gets_sms() {
        assertThat(Channel.toReach(client("maria@example.org", "+351912345678", "SMS"))).contains(Channel.SMS);
    }

    @Test
    void a_client_who_prefers_sms_but_gave_only_an_email_address_gets_email() {
        assertThat(Channel.toReach(client("maria@example.org", null, "SMS"))).contains(Channel.EMAIL);
    }

    @Test
    void a_client_who_prefers_email_but_gave_only_a_number_gets_sms() {
        assertThat(Channel.toReach(client(" ", "+351912345678", "EMAIL"))).contains(Channel.SMS);
    }

    @Test
    void a_client_without_address_or_number_cannot_be_reached() {
        assertThat(Channel.toReach(client(null, null, "EMAIL"))).isEmpty();
    }

    private static Contact client(String email, String phone, String preferred) {
        return new Contact(UUID.randomUUID(), "Maria Costa", email, phone, ZoneId.of("Europe/Lisbon"), "pt",
                preferred, false, null);
    }
}
