package com.clinicnet.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

import com.github.tomakehurst.wiremock.client.WireMock;

class ProfileTests extends WebPageTest {

    @BeforeEach
    void mariaHasAProfile() {
        mariaHasAProfileIn("en");
    }

    @Test
    void given_maria_chooses_sms_without_a_phone_then_booking_services_refusal_is_shown_next_to_the_phone_field()
            throws Exception {
        services.stubFor(WireMock.put(urlPathEqualTo("/clients/" + MARIA))
                .willReturn(problem(422, "is required for SMS", "phone")));

        String page = mvc.perform(post("/profile").with(maria()).with(csrf()).param("name", "Maria Costa")
                .param("email", "maria@example.org").param("timeZone", "Europe/Lisbon").param("language", "en")
                .param("preferredChannel", "SMS")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"phone-error\"").contains("is required for SMS")
                .containsPattern("id=\"phone\"[^>]*aria-describedby=\"phone-error\"");
    }

    @Test
    void given_maria_wants_quiet_evenings_in_portuguese_then_the_whole_profile_is_put_to_booking_service()
            throws Exception {
        services.stubFor(WireMock.put(urlPathEqualTo("/clients/" + MARIA)).willReturn(WireMock.okJson("""
                {"id":"%s","name":"Maria Costa","email":"maria@example.org","timeZone":"Europe/Lisbon",
                 "language":"pt","preferredChannel":"EMAIL","quietHours":{"from":"21:00:00","to":"08:00:00"},
                 "remindersOptOut":false}""".formatted(MARIA))));

        mvc.perform(post("/profile").with(maria()).with(csrf()).param("name", "Maria Costa")
                .param("email", "maria@example.org").param("timeZone", "Europe/Lisbon").param("language", "pt")
                .param("preferredChannel", "EMAIL").param("quietFrom", "21:00").param("quietTo", "08:00"))
                .andExpect(status().is3xxRedirection());

        services.verify(putRequestedFor(urlPathEqualTo("/clients/" + MARIA)).withRequestBody(equalToJson("""
                {"name":"Maria Costa","email":"maria@example.org","phone":null,"timeZone":"Europe/Lisbon",
                 "language":"pt","preferredChannel":"EMAIL","quietHours":{"from":"21:00:00","to":"08:00:00"},
                 "remindersOptOut":false}""")));
    }

    @Test
    void given_maria_confirms_delete_my_data_then_booking_service_erases_her_and_she_is_signed_out_at_keycloak()
            throws Exception {
        services.stubFor(WireMock.delete(urlPathEqualTo("/clients/" + MARIA)).willReturn(aResponse().withStatus(204)));

        String confirm = mvc.perform(get("/profile/delete").with(maria())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        MvcResult erased = mvc.perform(post("/profile/delete").with(maria()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();

        assertThat(confirm).contains("id=\"confirm-delete\"");
        services.verify(deleteRequestedFor(urlPathEqualTo("/clients/" + MARIA)));
        assertThat(erased.getResponse().getRedirectedUrl())
                .startsWith("http://localhost:8180/realms/clinicnet/protocol/openid-connect/logout");
        assertThat(erased.getRequest().getSession(false) == null || erased.getRequest().getSession(false)
                .getAttribute("SPRING_SECURITY_CONTEXT") == null).isTrue();
    }
}
