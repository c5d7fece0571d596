package com.clinicnet.notification;

import com.clinicnet.testsupport.AbstractApiDescriptionTests;
import com.clinicnet.testsupport.ServiceIntegrationTest;

/** The OpenAPI document of notification-service: every operation with its roles, summary and answers. */
@ServiceIntegrationTest
class ApiDescriptionTests extends AbstractApiDescriptionTests {
}
