package com.clinicnet.notification.directory;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import com.clinicnet.platform.messaging.EventReader;

/** Reads {@code clinic.directory} and {@code therapist.profiles} (every version, and tombstones) into the directory. */
@Configuration(proxyBeanMethods = false)
class DirectoryListener {

    @Bean
    Consumer<Message<?>> onClinicUpdated(EventReader reader, ClinicDirectory directory) {
        return message -> directory.apply(reader.read(message));
    }

    @Bean
    Consumer<Message<?>> onTherapistProfileUpdated(EventReader reader, ClinicDirectory directory) {
        return message -> directory.apply(reader.read(message));
    }
}
