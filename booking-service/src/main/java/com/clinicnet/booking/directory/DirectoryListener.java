package com.clinicnet.booking.directory;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import com.clinicnet.events.ClinicUpdatedV1;
import com.clinicnet.events.TherapistProfileUpdatedV1;
import com.clinicnet.platform.messaging.EventReader;
import com.clinicnet.platform.messaging.UnreadableEventException;

/** Reads {@code clinic.directory} and {@code therapist.profiles} into the read model; nothing more. */
@Configuration(proxyBeanMethods = false)
class DirectoryListener {

    @Bean
    Consumer<Message<byte[]>> onClinicUpdated(EventReader reader, DirectoryReadModel readModel) {
        return message -> {
            if (reader.read(message) instanceof ClinicUpdatedV1 clinic) {
                readModel.apply(clinic);
            }
            else {
                throw new UnreadableEventException("Not a clinic directory event");
            }
        };
    }

    @Bean
    Consumer<Message<byte[]>> onTherapistProfileUpdated(EventReader reader, DirectoryReadModel readModel) {
        return message -> {
            if (reader.read(message) instanceof TherapistProfileUpdatedV1 profile) {
                readModel.apply(profile);
            }
            else {
                throw new UnreadableEventException("Not a therapist profile event");
            }
        };
    }
}
