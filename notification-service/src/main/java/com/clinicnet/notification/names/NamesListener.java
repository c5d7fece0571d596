package com.clinicnet.notification.names;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import com.clinicnet.platform.messaging.EventReader;

/**
 * Reads {@code clinic.directory} and {@code therapist.profiles} (every version, and tombstones) into the clinic and
 * therapist names.
 */
@Configuration(proxyBeanMethods = false)
class NamesListener {

    @Bean
    Consumer<Message<?>> onClinicUpdated(EventReader reader, ClinicAndTherapistNames names) {
        return message -> names.apply(reader.read(message));
    }

    @Bean
    Consumer<Message<?>> onTherapistProfileUpdated(EventReader reader, ClinicAndTherapistNames names) {
        return message -> names.apply(reader.read(message));
    }
}
