package com.clinicnet.notification.dispatch;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java rules of dispatch, set up from configuration. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DispatchProperties.class)
class DispatchConfiguration {

    @Bean
    MessageTemplates messageTemplates(DispatchProperties properties) {
        return MessageTemplates.load(properties.languages());
    }
}
