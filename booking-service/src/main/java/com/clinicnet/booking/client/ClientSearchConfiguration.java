package com.clinicnet.booking.client;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClientSearchConfiguration {

    @Bean
    ClientSearch clientSearch(@Value("${clinicnet.booking.client-search.min-length}") int minLength,
            @Value("${clinicnet.booking.client-search.max-length}") int maxLength,
            @Value("${clinicnet.booking.client-search.max-results}") int maxResults) {
        return new ClientSearch(minLength, maxLength, maxResults);
    }
}
