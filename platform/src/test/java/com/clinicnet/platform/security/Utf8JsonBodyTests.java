package com.clinicnet.platform.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** A JSON body is UTF-8 or it is refused; Jackson alone would read an overlong '.' as a dot. */
class Utf8JsonBodyTests {

    private final Utf8JsonBody filter = new Utf8JsonBody(DataSize.ofKilobytes(1));

    @Test
    void an_overlong_encoding_inside_a_json_string_is_refused_as_a_malformed_body() throws Exception {
        byte[] body = { '{', '"', 'n', '"', ':', '"', (byte) 0xC0, (byte) 0xAE, '"', '}' };
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(json(body), response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"field\":\"body\"");
    }

    @Test
    void well_formed_utf_8_goes_on_and_its_body_is_still_there_to_read() throws Exception {
        byte[] body = "{\"name\":\"Ana 🙂 مرحبا\"}".getBytes(UTF_8);
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(json(body), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest().getInputStream().readAllBytes()).isEqualTo(body);
    }

    @Test
    void a_chunked_body_over_the_limit_is_refused_although_it_declared_no_length() throws Exception {
        MockHttpServletRequest request = json(("{\"name\":\"" + "x".repeat(2_000) + "\"}").getBytes(UTF_8));
        request.addHeader("Transfer-Encoding", "chunked");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(413);
    }

    private static MockHttpServletRequest json(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/clinics");
        request.setContentType("application/json");
        request.setContent(body);
        return request;
    }
}
