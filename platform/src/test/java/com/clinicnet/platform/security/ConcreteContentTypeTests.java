package com.clinicnet.platform.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A body labelled with a wildcard type or as a form is refused with 415 (Spring MVC threw an IllegalArgumentException,
 * the firewall a RequestRejectedException for a non-ASCII form parameter name: both 500).
 */
class ConcreteContentTypeTests {

    @Test
    void a_body_of_type_any_is_unsupported() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new ConcreteContentType().doFilter(post("*/*", "{}"), response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void a_form_body_is_unsupported_before_anything_parses_it_as_parameters() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new ConcreteContentType().doFilter(post("application/x-www-form-urlencoded; charset=UTF-8",
                "{\"name\":\"㢰\"}"), response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(415);
    }

    @Test
    void a_json_body_and_a_request_without_a_body_go_on() throws Exception {
        MockFilterChain json = new MockFilterChain();
        new ConcreteContentType().doFilter(post("application/json", "{}"), new MockHttpServletResponse(), json);
        MockFilterChain empty = new MockFilterChain();
        new ConcreteContentType().doFilter(post("*/*", ""), new MockHttpServletResponse(), empty);

        assertThat(json.getRequest()).isNotNull();
        assertThat(empty.getRequest()).isNotNull();
    }

    private static MockHttpServletRequest post(String contentType, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/clinics");
        request.setContentType(contentType);
        request.setContent(body.getBytes(UTF_8));
        return request;
    }
}
