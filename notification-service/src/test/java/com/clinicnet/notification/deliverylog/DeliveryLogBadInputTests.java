package com.clinicnet.notification.deliverylog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.clinicnet.testsupport.HttpResponseBody;
import com.clinicnet.testsupport.ServiceClient;
import com.clinicnet.testsupport.ServiceIntegrationTest;
import com.clinicnet.testsupport.TestIdentityProvider;

/**
 * Operations asking the delivery log for something it cannot hold get a 400 naming the parameter, through the whole
 * running service. Found by the reliability fuzzer (scenario 7): the controller is validated as a whole, and its
 * constraint violations were 500s.
 */
@ServiceIntegrationTest
class DeliveryLogBadInputTests {

    @LocalServerPort
    int port;

    @Test
    void a_state_no_notification_can_be_in_is_a_bad_request_naming_it() {
        HttpResponseBody answer = ops().get("/notifications?state=DELIVERED");

        assertThat(answer.status()).as(answer.json().toString()).isEqualTo(400);
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo("state");
    }

    @Test
    void a_limit_of_a_million_entries_is_a_bad_request_naming_it() {
        HttpResponseBody answer = ops().get("/notifications?limit=1000000");

        assertThat(answer.status()).as(answer.json().toString()).isEqualTo(400);
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo("limit");
    }

    private ServiceClient ops() {
        return ServiceClient.onPort(port).as(TestIdentityProvider.shared().ops());
    }
}
