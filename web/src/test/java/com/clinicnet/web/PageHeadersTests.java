package com.clinicnet.web;

import static com.clinicnet.web.StandInServices.theCatalogueAndTheLisbonClinic;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import com.github.tomakehurst.wiremock.client.WireMock;

class PageHeadersTests extends WebPageTest {

    @Test
    void given_any_page_then_its_content_security_policy_allows_no_inline_script_or_style_and_no_framing()
            throws Exception {
        MockHttpServletResponse home = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse();

        assertThat(home.getHeader("Content-Security-Policy")).contains("default-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(home.getContentAsString()).doesNotContainPattern("<script(?![^>]*\\ssrc=)")
                .doesNotContain("style=\"").doesNotContain("<style");
    }

    @Test
    void given_a_page_with_health_data_then_no_browser_or_proxy_may_store_it() throws Exception {
        mariaHasAProfileIn("en");
        theCatalogueAndTheLisbonClinic();
        services.stubFor(WireMock.get(urlPathEqualTo("/clients/" + MARIA + "/sessions")).willReturn(okJson("[]")));
        services.stubFor(WireMock.get(urlPathEqualTo("/clients/" + MARIA + "/intake"))
                .willReturn(WireMock.aResponse().withStatus(404)));

        for (String page : new String[] { "/intake", "/sessions" }) {
            MockHttpServletResponse response = mvc.perform(get(page).with(maria())).andExpect(status().isOk())
                    .andReturn().getResponse();
            assertThat(response.getHeader("Cache-Control")).as(page).contains("no-store");
        }
    }

    @Test
    void given_the_htmx_script_then_the_web_serves_it_itself() throws Exception {
        MockHttpServletResponse htmx = mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js"))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(htmx.getContentAsString()).contains("htmx");
    }

    @Test
    void given_a_page_that_does_not_exist_then_the_not_found_page_answers() throws Exception {
        String page = mvc.perform(get("/no-such-page").with(maria())).andExpect(status().isNotFound()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("id=\"not-found\"");
    }
}
