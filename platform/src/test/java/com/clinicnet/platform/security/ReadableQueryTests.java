package com.clinicnet.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A query string that does not decode to text is refused before Spring MVC reads it: Tomcat would throw from deep
 * inside, and a NUL would reach PostgreSQL.
 */
class ReadableQueryTests {

    @Test
    void percent_encoded_utf_8_with_right_to_left_text_and_emoji_is_readable() {
        assertThat(ReadableQuery.unreadableParameter(
                "city=%E2%80%AEgnp.exe&concern=LOWER_BACK&from=2031-01-01T00%3A00%3A00%2B01%3A00&x=%F0%9F%99%82&flag"))
                .isEmpty();
    }

    @Test
    void bytes_that_are_not_utf_8_a_nul_or_a_broken_escape_name_their_parameter() {
        assertThat(ReadableQuery.unreadableParameter("limit=10&city=Lisbon%ED%A0%80")).contains("city");
        assertThat(ReadableQuery.unreadableParameter("city=Lisbon%00")).contains("city");
        assertThat(ReadableQuery.unreadableParameter("specialty=%C0%AE")).contains("specialty");
        assertThat(ReadableQuery.unreadableParameter("state=50%")).contains("state");
        assertThat(ReadableQuery.unreadableParameter("%FF=1")).contains("query");
    }

    @Test
    void an_unreadable_parameter_is_answered_as_a_problem_detail_and_goes_no_further() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/availability");
        request.setQueryString("city=%22%00");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        new ReadableQuery().doFilter(request, response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("city");
    }
}
