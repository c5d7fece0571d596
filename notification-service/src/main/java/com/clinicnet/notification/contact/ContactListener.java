package com.clinicnet.notification.contact;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import com.clinicnet.platform.messaging.EventReader;

/** Reads {@code client.contacts} into the clients' contacts. */
@Configuration(proxyBeanMethods = false)
class ContactListener {

    @Bean
    Consumer<Message<?>> onClientContactUpdated(EventReader reader, ClientContacts contacts) {
        return message -> contacts.apply(reader.read(message));
    }
}
