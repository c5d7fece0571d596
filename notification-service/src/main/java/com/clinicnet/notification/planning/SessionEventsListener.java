package com.clinicnet.notification.planning;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import com.clinicnet.platform.messaging.EventReader;

/** Reads {@code booking.sessions} and {@code booking.plans} and hands each event to the planner. */
@Configuration(proxyBeanMethods = false)
class SessionEventsListener {

    @Bean
    Consumer<Message<?>> onSessionEvent(EventReader reader, NotificationPlanner planner) {
        return message -> planner.on(reader.read(message));
    }

    @Bean
    Consumer<Message<?>> onPlanEvent(EventReader reader, NotificationPlanner planner) {
        return message -> planner.on(reader.read(message));
    }
}
