package com.clinicnet.web.signin;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import com.clinicnet.web.WebPageTest;

/** Each person starts where their work is, and meets another role's pages as pages that do not exist. */
class StartPageTests extends WebPageTest {

    @Test
    void a_client_starts_at_the_search() throws Exception {
        mariaHasAProfileIn("en");
        mvc.perform(get("/start").with(maria())).andExpect(redirectedUrl("/search"));
    }

    @Test
    void a_front_desk_starts_at_its_day() throws Exception {
        mvc.perform(get("/start").with(frontDesk())).andExpect(redirectedUrl("/front-desk"));
    }

    @Test
    void a_therapist_starts_at_their_day() throws Exception {
        mvc.perform(get("/start").with(anaTherapist())).andExpect(redirectedUrl("/therapist"));
    }

    @Test
    void an_admin_starts_at_the_network() throws Exception {
        mvc.perform(get("/start").with(admin())).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void operations_start_at_the_overview() throws Exception {
        mvc.perform(get("/start").with(operations())).andExpect(redirectedUrl("/operations"));
    }

    @Test
    void a_client_asking_for_the_front_desk_is_told_there_is_no_such_page() throws Exception {
        mvc.perform(get("/front-desk").with(maria())).andExpect(status().isNotFound())
                .andExpect(forwardedUrl("/not-found"));
    }

    @Test
    void a_front_desk_asking_for_a_clients_pages_is_told_there_is_no_such_page() throws Exception {
        mvc.perform(get("/sessions").with(frontDesk())).andExpect(status().isNotFound())
                .andExpect(forwardedUrl("/not-found"));
    }

    @Test
    void operations_asking_for_the_admins_pages_are_told_there_is_no_such_page() throws Exception {
        mvc.perform(get("/admin").with(operations())).andExpect(status().isNotFound())
                .andExpect(forwardedUrl("/not-found"));
    }

    @Test
    void the_not_found_page_says_so_in_the_persons_language() throws Exception {
        mvc.perform(get("/not-found").with(operations())).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("id=\"not-found\"")));
    }
}
