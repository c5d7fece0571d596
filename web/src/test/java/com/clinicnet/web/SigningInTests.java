package com.clinicnet.web;

import static com.clinicnet.web.StandInServices.theCatalogueAndTheLisbonClinic;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

class SigningInTests extends WebPageTest {

    @Test
    void given_maria_signs_in_for_the_first_time_when_she_arrives_then_her_profile_is_created_from_her_id_token_and_she_is_asked_what_brings_her_here_in_portuguese()
            throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/clients/" + MARIA)).willReturn(aResponse().withStatus(404)));
        services.stubFor(WireMock.post(urlPathEqualTo("/clients")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"%s","name":"Maria Costa","email":"maria@example.org","timeZone":"Europe/Lisbon",
                         "language":"pt","preferredChannel":"EMAIL","remindersOptOut":false}""".formatted(MARIA))));
        theCatalogueAndTheLisbonClinic();

        String page = mvc.perform(get("/search").with(maria()).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        services.verify(postRequestedFor(urlPathEqualTo("/clients"))
                .withHeader("Authorization", equalTo("Bearer " + MARIAS_TOKEN))
                .withRequestBody(equalToJson("""
                        {"name":"Maria Costa","email":"maria@example.org","timeZone":"Europe/Lisbon","language":"pt",
                         "preferredChannel":"EMAIL"}""", true, true)));
        assertThat(page).contains("lang=\"pt\"").contains("O que o traz cá?").contains("Dor que desce por uma perna")
                .contains("id=\"concern-RADIATING_LEG_PAIN\"");
    }

    @Test
    void given_maria_has_a_profile_in_english_when_she_comes_back_then_nothing_is_created_and_the_page_is_in_english()
            throws Exception {
        mariaHasAProfileIn("en");
        theCatalogueAndTheLisbonClinic();

        String page = mvc.perform(get("/search").with(maria())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        services.verify(0, postRequestedFor(urlPathEqualTo("/clients")));
        services.verify(getRequestedFor(urlPathEqualTo("/clients/" + MARIA))
                .withHeader("Authorization", equalTo("Bearer " + MARIAS_TOKEN)));
        assertThat(page).contains("lang=\"en\"").contains("What brings you here?").contains("Pain that runs down a leg");
    }

    @Test
    void given_someone_not_signed_in_when_they_open_their_sessions_then_they_are_sent_to_sign_in_at_keycloak()
            throws Exception {
        MvcResult result = mvc.perform(get("/sessions")).andExpect(status().is3xxRedirection()).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/oauth2/authorization/keycloak");
    }

    @Test
    void given_the_sign_in_starts_then_keycloak_is_asked_for_a_code_with_pkce_and_the_clinicnet_scope() throws Exception {
        MvcResult result = mvc.perform(get("/oauth2/authorization/keycloak")).andExpect(status().is3xxRedirection())
                .andReturn();

        var authorization = UriComponentsBuilder.fromUriString(result.getResponse().getRedirectedUrl()).build();
        assertThat(authorization.toUriString())
                .startsWith("http://localhost:8180/realms/clinicnet/protocol/openid-connect/auth");
        assertThat(authorization.getQueryParams().getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(authorization.getQueryParams().getFirst("code_challenge")).isNotBlank();
        assertThat(authorization.getQueryParams().getFirst("client_id")).isEqualTo("clinicnet-web");
        assertThat(authorization.getQueryParams().getFirst("scope")).contains("openid").contains("clinicnet");
    }

    @Test
    void given_maria_signs_out_then_she_is_signed_out_at_keycloak_too_and_comes_back_to_the_home_page() throws Exception {
        MvcResult result = mvc.perform(post("/logout").with(maria()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();

        assertThat(result.getResponse().getRedirectedUrl())
                .startsWith("http://localhost:8180/realms/clinicnet/protocol/openid-connect/logout")
                .contains("id_token_hint=").contains("post_logout_redirect_uri=http://localhost/");
    }

    @Test
    void given_the_sign_in_at_keycloak_fails_then_the_person_comes_home_and_is_told_so() throws Exception {
        MvcResult result = mvc.perform(get("/login/oauth2/code/keycloak").param("error", "access_denied")
                .param("state", "unknown")).andExpect(status().is3xxRedirection()).andReturn();
        String home = mvc.perform(get(result.getResponse().getRedirectedUrl())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/?signInFailed");
        assertThat(home).contains("id=\"sign-in-failed\"");
    }

    @Test
    void given_a_visitor_whose_browser_prefers_portuguese_when_they_open_the_home_page_then_it_is_in_portuguese()
            throws Exception {
        mvc.perform(get("/").header("Accept-Language", "pt-PT,pt;q=0.9,en;q=0.5")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"pt\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Entrar para marcar")));
        mvc.perform(get("/").header("Accept-Language", "de-DE")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"en\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sign in to book")));
    }
}
