package com.clinicnet.web;

import static com.clinicnet.web.StandInServices.theCatalogueAndTheLisbonClinic;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The page a reminder's reply link opens, for a client who is not signed in: it asks (and changes nothing), the
 * button confirms or cancels through booking without anyone's token, and a link that no longer works says why.
 */
class ReplyPageTests extends WebPageTest {

    private static final OffsetDateTime THURSDAY_TEN = OffsetDateTime.parse("2026-12-10T10:00:00Z");
    private static final String WHEN = "Thu 10 Dec, 10:00 (Europe/Lisbon)";
    private static final String CONFIRM_BUTTON = "Yes, I will come";
    private static final String CANCEL_BUTTON = "Cancel my session";

    private StandInReplies replies;
    private UUID session;

    @BeforeEach
    void aSessionOnThursdayWithItsReminderLinks() {
        replies = StandInServices.replyLinks();
        session = replies.aSessionAt(THURSDAY_TEN);
    }

    @Test
    void given_a_confirm_link_when_the_client_opens_it_then_the_page_asks_whether_they_will_come() throws Exception {
        String token = replies.confirmLink(session);

        String page = page(token);

        assertThat(page).contains("Confirm your session")
                .contains("Will you come to your session on " + WHEN + " with your therapist at your clinic?")
                .contains(CONFIRM_BUTTON).contains("action=\"/replies/" + token + "\"").contains("name=\"_csrf\"");
    }

    @Test
    void given_a_cancel_link_when_the_client_opens_it_then_the_page_asks_whether_to_cancel_and_warns_of_late_notice()
            throws Exception {
        String token = replies.cancelLink(session);

        String page = page(token);

        assertThat(page).contains("Cancel your session on " + WHEN + " with your therapist at your clinic?")
                .contains(CANCEL_BUTTON).contains("id=\"cancellation-notice\"")
                .contains("one at short notice counts as a late cancellation and may be charged");
    }

    @Test
    void given_a_confirm_link_when_the_client_opens_it_twice_then_nothing_is_confirmed() throws Exception {
        String token = replies.confirmLink(session);

        page(token);
        page(token);

        services.verify(0, postRequestedFor(urlPathMatching("/replies/.*")));
        assertThat(replies.isConfirmed(session)).isFalse();
    }

    @Test
    void given_a_signed_in_client_when_they_open_a_cancel_link_then_the_page_names_therapist_clinic_and_notice()
            throws Exception {
        mariaHasAProfileIn("en");
        theCatalogueAndTheLisbonClinic();
        String token = replies.cancelLink(session);

        String page = mvc.perform(get("/replies/" + token).with(maria())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("Cancel your session on " + WHEN + " with Ana Ribeiro at ClinicNet Chiado?")
                .contains("the clinic asks for 24 hours");
    }

    @Test
    void given_a_client_who_is_not_signed_in_when_they_open_a_link_then_the_directory_is_not_asked()
            throws Exception {
        page(replies.confirmLink(session));

        services.verify(0, getRequestedFor(urlPathMatching("/(therapists|clinics)/.*")));
    }

    @Test
    void given_a_link_already_used_when_the_client_opens_it_again_then_it_says_it_was_done_with_no_button()
            throws Exception {
        String token = replies.confirmLink(session);
        mvc.perform(post("/replies/" + token).with(csrf()));

        String page = page(token);

        assertThat(page).contains("You have already confirmed this session")
                .contains("Your session on " + WHEN + " with your therapist at your clinic.")
                .doesNotContain(CONFIRM_BUTTON).doesNotContain("id=\"reply-submit\"");
    }

    @Test
    void given_the_client_confirmed_by_text_when_they_open_the_confirm_link_then_it_says_it_was_done_with_no_button()
            throws Exception {
        replies.confirmedBefore(session);

        String page = page(replies.confirmLink(session));

        assertThat(page).contains("You have already confirmed this session").doesNotContain("id=\"reply-submit\"");
    }

    @Test
    void given_the_session_was_moved_when_the_client_opens_the_link_then_it_says_it_is_no_longer_booked_then()
            throws Exception {
        String token = replies.cancelLink(session);
        replies.noLongerBookedAsReminded(session);

        String page = page(token);

        assertThat(page).contains("This session is no longer booked at that time")
                .doesNotContain(CANCEL_BUTTON).doesNotContain("id=\"reply-submit\"");
    }

    @Test
    void given_the_session_has_started_when_the_client_opens_the_link_then_it_says_the_link_no_longer_works()
            throws Exception {
        String token = replies.confirmLink(session);
        replies.started(session);

        String page = page(token);

        assertThat(page).contains("This link no longer works: the session has started.")
                .doesNotContain("id=\"reply-submit\"");
    }

    @Test
    void when_the_client_presses_yes_then_booking_confirms_without_any_token_and_the_page_thanks_them()
            throws Exception {
        String token = replies.confirmLink(session);

        MvcResult pressed = mvc.perform(post("/replies/" + token).with(csrf()))
                .andExpect(redirectedUrl("/replies/" + token + "/done"))
                .andExpect(flash().attribute("outcome", "CONFIRMED")).andReturn();

        assertThat(replies.isConfirmed(session)).isTrue();
        assertThat(replies.uses()).singleElement()
                .satisfies(use -> assertThat(use.authorization()).as("no Authorization header").isNull());
        services.verify(postRequestedFor(urlPathEqualTo("/replies/" + token)).withoutHeader("Authorization"));
        assertThat(donePage(token, pressed)).contains("Thank you — your session is confirmed");
    }

    @Test
    void when_the_client_presses_cancel_then_booking_cancels_the_session_and_the_page_says_so() throws Exception {
        String token = replies.cancelLink(session);

        MvcResult pressed = mvc.perform(post("/replies/" + token).with(csrf()))
                .andExpect(flash().attribute("outcome", "CANCELLED")).andReturn();

        assertThat(replies.isCancelled(session)).isTrue();
        assertThat(donePage(token, pressed)).contains("Your session is cancelled");
    }

    @Test
    void given_the_link_was_used_when_the_client_presses_the_button_again_then_the_page_says_it_was_already_done()
            throws Exception {
        String token = replies.confirmLink(session);
        mvc.perform(post("/replies/" + token).with(csrf()));

        MvcResult again = mvc.perform(post("/replies/" + token).with(csrf()))
                .andExpect(flash().attribute("outcome", "ALREADY_CONFIRMED")).andReturn();

        assertThat(donePage(token, again)).contains("This was already done")
                .contains("Your session is confirmed: there is nothing else to do.");
    }

    @Test
    void given_the_session_started_meanwhile_when_the_client_presses_the_button_then_the_page_shows_why_as_an_alert()
            throws Exception {
        String token = replies.confirmLink(session);
        replies.started(session);

        String page = mvc.perform(post("/replies/" + token).with(csrf())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).contains("id=\"reply-error\" role=\"alert\"")
                .contains("The session has started, so this link no longer works")
                .doesNotContain("id=\"reply-submit\"");
        assertThat(replies.isConfirmed(session)).isFalse();
    }

    @Test
    void given_a_link_that_is_not_ours_when_it_is_opened_or_used_then_the_not_found_page_answers() throws Exception {
        String altered = replies.confirmLink(session) + "x";

        String opened = mvc.perform(get("/replies/" + altered)).andExpect(status().isNotFound()).andReturn()
                .getResponse().getContentAsString();
        String used = mvc.perform(post("/replies/" + altered).with(csrf())).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();

        assertThat(opened).contains("id=\"not-found\"");
        assertThat(used).contains("id=\"not-found\"");
    }

    @Test
    void given_nobody_is_signed_in_then_the_link_pages_answer_while_the_clients_own_pages_ask_for_a_sign_in()
            throws Exception {
        String token = replies.confirmLink(session);

        mvc.perform(get("/replies/" + token)).andExpect(status().isOk());
        assertThat(mvc.perform(get("/sessions")).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl()).endsWith("/oauth2/authorization/keycloak");
    }

    @Test
    void given_no_csrf_token_when_the_button_is_posted_then_it_is_refused_and_booking_is_not_asked()
            throws Exception {
        String token = replies.confirmLink(session);

        mvc.perform(post("/replies/" + token)).andExpect(status().isForbidden());

        services.verify(0, anyRequestedFor(urlPathMatching("/replies/.*")));
        assertThat(replies.isConfirmed(session)).isFalse();
    }

    @Test
    void given_the_result_page_is_opened_again_later_then_it_is_the_links_page_which_says_where_it_stands()
            throws Exception {
        String token = replies.confirmLink(session);

        mvc.perform(get("/replies/" + token + "/done")).andExpect(redirectedUrl("/replies/" + token));
    }

    @Test
    void given_a_browser_in_portuguese_when_the_client_opens_a_confirm_link_then_the_page_asks_in_portuguese()
            throws Exception {
        String token = replies.confirmLink(session);

        String page = mvc.perform(get("/replies/" + token).header("Accept-Language", "pt-PT,pt;q=0.9,en;q=0.5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("lang=\"pt\"").contains("Vem à sua sessão de").contains("com o seu terapeuta")
                .contains("Sim, vou");
    }

    private String page(String token) throws Exception {
        return mvc.perform(get("/replies/" + token)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The result page the button's redirect leads to, with what the redirect carried. */
    private String donePage(String token, MvcResult pressed) throws Exception {
        return mvc.perform(get("/replies/" + token + "/done").flashAttrs(pressed.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
