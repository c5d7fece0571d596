package com.clinicnet.booking.directory;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import com.clinicnet.events.ClinicUpdatedV1;
import com.clinicnet.events.TherapistProfileUpdatedV1;
import com.clinicnet.platform.messaging.EventReader;

/** Reads {@code clinic.directory} and {@code therapist.profiles} into the read model; nothing more. */
@Configuration(proxyBeanMethods = false)
class DirectoryListener {

    @Bean
    Consumer<Message<byte[]>> onClinicUpdated(EventReader reader, DirectoryReadModel readModel) {
        return message -> readModel.apply(reader.read(message, ClinicUpdatedV1.class));
    }

    @Bean
    Consumer<Message<byte[]>> onTherapistProfileUpdated(EventReader reader, DirectoryReadModel readModel) {
        return message -> readModel.apply(reader.read(message, TherapistProfileUpdatedV1.class));
    }
}
