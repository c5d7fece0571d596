package com.clinicnet.notification.notification;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java rules of this feature, set up from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DispatchProperties.class)
class NotificationConfiguration {

    @Bean
    ReminderSchedule reminderSchedule(@Value("${clinicnet.notifications.reminder-offsets}") List<Duration> offsets) {
        return new ReminderSchedule(offsets);
    }

    @Bean
    MessageTemplates messageTemplates(DispatchProperties properties) {
        return MessageTemplates.load(properties.languages());
    }
}
