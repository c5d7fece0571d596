package com.clinicnet.booking.session;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BookingPolicyConfiguration {

    @Bean
    BookingPolicy bookingPolicy(@Value("${clinicnet.booking.minimum-lead-time}") Duration minimumLeadTime) {
        return new BookingPolicy(minimumLeadTime);
    }
}
