package com.clinicnet.booking.availability;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SlotFinderConfiguration {

    @Bean
    SlotFinder slotFinder(@Value("${clinicnet.booking.slot-grid}") Duration grid,
            @Value("${clinicnet.booking.minimum-lead-time}") Duration minimumLeadTime) {
        return new SlotFinder(grid, minimumLeadTime);
    }
}
