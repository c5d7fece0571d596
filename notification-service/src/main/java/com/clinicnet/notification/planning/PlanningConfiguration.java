package com.clinicnet.notification.planning;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java rules of planning, set up from configuration. */
@Configuration(proxyBeanMethods = false)
class PlanningConfiguration {

    @Bean
    ReminderSchedule reminderSchedule(@Value("${clinicnet.notifications.reminder-offsets}") List<Duration> offsets) {
        return new ReminderSchedule(offsets);
    }
}
