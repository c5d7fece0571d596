package com.clinicnet.web.live;

import static com.clinicnet.web.frontdesk.FrontDeskStandIns.theDayAtLisbon;
import static com.clinicnet.web.frontdesk.FrontDeskStandIns.theLisbonClinicWithTwoRooms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.TestPropertySource;

import com.clinicnet.web.WebPageTest;

/** With the live feed on and no broker where it points, the web still starts and serves the day. */
@TestPropertySource(properties = { "clinicnet.web.live.enabled=true", "spring.kafka.bootstrap-servers=localhost:1" })
class WithoutKafkaTests extends WebPageTest {

    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    @Test
    void the_front_desks_day_is_served_while_the_broker_is_unreachable() throws Exception {
        theLisbonClinicWithTwoRooms();
        theDayAtLisbon("2026-12-08");

        String page = mvc.perform(get("/front-desk/clinics/" + LISBON_CLINIC + "/day?date=2026-12-08")
                .with(frontDesk())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"day-grid\"");
        assertThat(listeners.getListenerContainer(SessionChanges.LISTENER).isRunning())
                .as("the listener keeps trying in the background").isTrue();
        assertThat(listeners.getListenerContainer(SessionChanges.LISTENER).getAssignedPartitions()).isEmpty();
    }
}
