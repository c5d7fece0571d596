package com.clinicnet.notification.contact;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import com.clinicnet.platform.messaging.EventReader;

/** Reads {@code client.contacts} into the contact directory. */
@Configuration(proxyBeanMethods = false)
class ContactListener {

    @Bean
    Consumer<Message<?>> onClientContactUpdated(EventReader reader, ContactDirectory directory) {
        return message -> directory.apply(reader.read(message));
    }
}
