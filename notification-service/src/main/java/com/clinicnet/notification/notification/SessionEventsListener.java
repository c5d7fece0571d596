package com.clinicnet.notification.notification;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import com.clinicnet.events.ClinicNetEvent;
import com.clinicnet.events.SessionBookedV1;
import com.clinicnet.platform.messaging.EventReader;

/** Reads {@code booking.sessions} and hands each event to the planner. */
@Configuration(proxyBeanMethods = false)
class SessionEventsListener {

    @Bean
    Consumer<Message<?>> onSessionEvent(EventReader reader, NotificationPlanner planner) {
        return message -> {
            ClinicNetEvent event = reader.read(message);
            if (event instanceof SessionBookedV1 booked) {
                planner.onSessionBooked(booked);
            }
        };
    }
}
