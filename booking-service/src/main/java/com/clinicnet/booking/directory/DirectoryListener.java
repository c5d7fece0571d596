package com.clinicnet.booking.directory;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import com.clinicnet.platform.messaging.EventReader;

/** Reads {@code clinic.directory} and {@code therapist.profiles} (every version, and tombstones) into the read model. */
@Configuration(proxyBeanMethods = false)
class DirectoryListener {

    @Bean
    Consumer<Message<?>> onClinicUpdated(EventReader reader, DirectoryProjection projection) {
        return message -> projection.apply(reader.read(message));
    }

    @Bean
    Consumer<Message<?>> onSpecialtyDescribed(EventReader reader, DirectoryProjection projection) {
        return message -> projection.apply(reader.read(message));
    }

    @Bean
    Consumer<Message<?>> onTherapistProfileUpdated(EventReader reader, DirectoryProjection projection) {
        return message -> projection.apply(reader.read(message));
    }
}
