package com.clinicnet.web.services;

import java.util.concurrent.ExecutorService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

import com.clinicnet.web.WebProperties;

/** notification-service, which the web calls only for its platform state (readiness and metrics). */
@Configuration
class NotificationServiceClientsConfiguration {

    static final String NOTIFICATION = "notification-service";

    @Bean
    ServiceClient notificationServiceClient(RestClient.Builder builder, AccessTokens tokens, WebProperties properties,
            ExecutorService serviceCallExecutor) {
        return ServiceClientsConfiguration.client(NOTIFICATION, properties.services().notification(), builder, tokens, properties,
                serviceCallExecutor);
    }
}
