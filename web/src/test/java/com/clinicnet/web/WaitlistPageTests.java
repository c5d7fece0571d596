package com.clinicnet.web;

import static com.clinicnet.web.StandInServices.theCatalogueAndTheLisbonClinic;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.github.tomakehurst.wiremock.client.WireMock;

import tools.jackson.databind.JsonNode;

/**
 * Maria's waitlist: her places in line, a time held for her (taken, let go, or gone by the time she answers),
 * leaving a line and joining one through a form that says what is missing before booking is asked.
 */
class WaitlistPageTests extends WebPageTest {

    private static final String PAGE = "/waitlist";
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final OffsetDateTime THURSDAY_TEN = OffsetDateTime.parse("2026-12-10T10:00:00Z");

    private StandInWaitlist waitlist;

    @BeforeEach
    void mariaInLisbonWithAWaitlist() {
        mariaHasAProfileIn("en");
        theCatalogueAndTheLisbonClinic();
        waitlist = StandInServices.aWaitlist();
    }

    @Test
    void given_maria_waits_in_two_lines_when_she_opens_the_waitlist_then_she_sees_each_wish_in_words_newest_first()
            throws Exception {
        waitlist.waiting(MARIA, "LOWER_BACK_PAIN", null, null, "Lisbon", List.of(DayOfWeek.TUESDAY), "10:00", "11:00",
                60, Instant.parse("2026-12-01T09:00:00Z"));
        UUID withAna = waitlist.waiting(MARIA, null, ANA, LISBON_CLINIC, null,
                List.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY), "09:00", "12:00", 90, Instant.parse("2026-12-05T09:00:00Z"));

        String page = page();

        assertThat(page).contains("With Ana Ribeiro").contains("At ClinicNet Chiado")
                .contains("Monday, Friday, between 09:00 and 12:00").contains("90-minute session")
                .contains("Pain in my lower back").contains("Any clinic in Lisbon")
                .contains("Tuesday, between 10:00 and 11:00").contains("60-minute session").contains("Waiting")
                .contains("id=\"leave-" + withAna + "\"");
        assertThat(page.indexOf("With Ana Ribeiro")).as("newest first")
                .isLessThan(page.indexOf("Pain in my lower back"));
    }

    @Test
    void given_a_time_is_held_for_maria_when_she_opens_the_waitlist_then_it_stands_at_the_top_with_its_deadline()
            throws Exception {
        OffsetDateTime heldUntil = inTwoHours();
        UUID offer = aTimeHeldForMaria(heldUntil);

        String page = page();

        assertThat(page).contains("Held for you until " + heldUntil.atZoneSameInstant(LISBON)
                .format(DateTimeFormatter.ofPattern("HH:mm"))
                + " — Thu 10 Dec, 10:00 (Europe/Lisbon) with Ana Ribeiro at ClinicNet Chiado")
                .contains("id=\"take-" + offer + "\"").contains("id=\"decline-" + offer + "\"")
                .contains("action=\"/waitlist/offers/" + offer + "/take\"");
        assertThat(page.indexOf("id=\"held-" + offer + "\"")).as("above her places in line")
                .isLessThan(page.indexOf("id=\"places\""));
    }

    @Test
    void given_the_hold_ran_out_but_booking_has_not_yet_said_so_when_maria_opens_the_waitlist_then_no_time_is_held()
            throws Exception {
        UUID offer = aTimeHeldForMaria(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));

        assertThat(page()).doesNotContain("id=\"take-" + offer + "\"").doesNotContain("Held for you until");
    }

    @Test
    void when_maria_takes_the_held_time_then_booking_books_it_and_she_is_on_my_sessions_with_a_word()
            throws Exception {
        UUID offer = aTimeHeldForMaria(inTwoHours());

        mvc.perform(post("/waitlist/offers/" + offer + "/take").with(maria()).with(csrf()))
                .andExpect(redirectedUrl("/sessions")).andExpect(flash().attribute("done", "sessions.fromWaitlist"));

        services.verify(postRequestedFor(urlPathEqualTo("/waitlist/offers/" + offer + "/take"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + MARIAS_TOKEN)));
        assertThat(waitlist.entries().getFirst().state()).isEqualTo("BOOKED");
    }

    @Test
    void given_the_hold_ran_out_when_maria_takes_the_time_then_the_page_says_why_in_booking_words() throws Exception {
        UUID offer = aTimeHeldForMaria(inTwoHours());
        waitlist.refuses(StandInWaitlist.Action.TAKE, 409, null,
                "The hold ran out: the time went to the next in line");

        String page = mvc.perform(post("/waitlist/offers/" + offer + "/take").with(maria()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"waitlist-error\"").contains("role=\"alert\"")
                .contains("The hold ran out: the time went to the next in line").contains("id=\"join-form\"");
    }

    @Test
    void when_maria_lets_the_held_time_go_then_booking_is_told_and_she_keeps_her_place() throws Exception {
        UUID offer = aTimeHeldForMaria(inTwoHours());

        mvc.perform(post("/waitlist/offers/" + offer + "/decline").with(maria()).with(csrf()))
                .andExpect(redirectedUrl(PAGE)).andExpect(flash().attribute("done", "waitlist.declined"));

        services.verify(postRequestedFor(urlPathEqualTo("/waitlist/offers/" + offer + "/decline")));
        assertThat(waitlist.entries().getFirst().offerState()).contains("DECLINED");
        assertThat(waitlist.entries().getFirst().state()).isEqualTo("WAITING");
    }

    @Test
    void when_maria_leaves_a_line_then_booking_is_asked_to_delete_her_place() throws Exception {
        UUID place = waitlist.waiting(MARIA, "LOWER_BACK_PAIN", null, null, "Lisbon", List.of(DayOfWeek.TUESDAY),
                "10:00", "11:00", 60, Instant.parse("2026-12-01T09:00:00Z"));

        mvc.perform(post("/waitlist/" + place + "/leave").with(maria()).with(csrf()))
                .andExpect(redirectedUrl(PAGE)).andExpect(flash().attribute("done", "waitlist.left"));

        services.verify(deleteRequestedFor(urlPathEqualTo("/waitlist/" + place)));
        assertThat(waitlist.entry(place).orElseThrow().state()).isEqualTo("LEFT");
    }

    @Test
    void given_maria_ticks_no_day_when_she_joins_then_the_days_say_so_and_booking_is_not_asked() throws Exception {
        String page = refused(join().param("clinicId", LISBON_CLINIC.toString()));

        assertThat(page).contains("id=\"weekdays-error\"").contains("Choose at least one day.")
                .contains("aria-describedby=\"weekdays-error\"");
        nothingWasPosted();
    }

    @Test
    void given_maria_chooses_both_a_clinic_and_a_city_when_she_joins_then_the_place_says_so_and_booking_is_not_asked()
            throws Exception {
        String page = refused(join().param("weekdays", "MONDAY").param("clinicId", LISBON_CLINIC.toString())
                .param("city", "Lisbon"));

        assertThat(page).contains("id=\"place-error\"").contains("Choose a clinic or a city (one, not both).")
                .contains("aria-describedby=\"place-hint place-error\"").contains("aria-invalid=\"true\"");
        nothingWasPosted();
    }

    @Test
    void given_maria_chooses_neither_a_clinic_nor_a_city_when_she_joins_then_the_place_says_so_and_booking_is_not_asked()
            throws Exception {
        String page = refused(join().param("weekdays", "MONDAY"));

        assertThat(page).contains("id=\"place-error\"").contains("Choose a clinic or a city (one, not both).");
        nothingWasPosted();
    }

    @Test
    void given_the_latest_time_comes_before_the_earliest_when_maria_joins_then_the_latest_says_so_and_booking_is_not_asked()
            throws Exception {
        String page = refused(join().param("weekdays", "MONDAY").param("city", "Lisbon").param("earliest", "14:00")
                .param("latest", "10:00"));

        assertThat(page).contains("id=\"latest-error\"").contains("The latest time must come after the earliest.")
                .contains("aria-describedby=\"hours-hint latest-error\"")
                .contains("value=\"14:00\"").contains("value=\"10:00\"");
        nothingWasPosted();
    }

    @Test
    void given_the_hours_are_shorter_than_the_session_when_maria_joins_then_the_latest_says_so_and_booking_is_not_asked()
            throws Exception {
        String page = refused(join().param("weekdays", "MONDAY").param("city", "Lisbon").param("earliest", "10:00")
                .param("latest", "10:30").param("duration", "60"));

        assertThat(page).contains("id=\"latest-error\"").contains("The session does not fit between these times");
        nothingWasPosted();
    }

    @Test
    void given_a_whole_wish_when_maria_joins_then_booking_receives_it_as_json_and_she_is_in_line() throws Exception {
        mvc.perform(join().param("weekdays", "WEDNESDAY", "MONDAY").param("clinicId", LISBON_CLINIC.toString())
                .param("earliest", "09:00").param("latest", "12:00").param("duration", "60"))
                .andExpect(redirectedUrl(PAGE)).andExpect(flash().attribute("done", "waitlist.joined"));

        assertThat(waitlist.joinsReceived()).hasSize(1);
        JsonNode wish = waitlist.joinsReceived().getFirst();
        assertThat(wish.get("clientId").asString()).isEqualTo(MARIA.toString());
        assertThat(wish.get("concern").asString()).isEqualTo("RADIATING_LEG_PAIN");
        assertThat(wish.get("therapistId").isNull()).isTrue();
        assertThat(wish.get("clinicId").asString()).isEqualTo(LISBON_CLINIC.toString());
        assertThat(wish.get("city").isNull()).isTrue();
        assertThat(wish.get("weekdays")).extracting(JsonNode::asString).containsExactly("MONDAY", "WEDNESDAY");
        assertThat(wish.get("earliest").asString()).isEqualTo("09:00");
        assertThat(wish.get("latest").asString()).isEqualTo("12:00");
        assertThat(wish.get("durationMinutes").asInt()).isEqualTo(60);
        services.verify(postRequestedFor(urlPathEqualTo("/waitlist"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + MARIAS_TOKEN)));
        assertThat(page()).contains("Pain that runs down a leg").contains("Monday, Wednesday, between 09:00 and 12:00");
    }

    @Test
    void given_booking_cannot_meet_the_wish_when_maria_joins_then_its_words_stand_next_to_the_field_they_name()
            throws Exception {
        waitlist.refuses(StandInWaitlist.Action.JOIN, 422, "city", "No clinic of the network is in Lisbon");

        String page = mvc.perform(join().param("weekdays", "MONDAY").param("city", "Lisbon")
                .param("earliest", "09:00").param("latest", "12:00").param("duration", "60"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"place-error\"").contains("No clinic of the network is in Lisbon");
    }

    @Test
    void given_maria_already_waits_in_five_lines_when_she_joins_another_then_the_form_says_so() throws Exception {
        waitlist.refuses(StandInWaitlist.Action.JOIN, 409, null, "A client waits in at most 5 lines at a time");

        String page = mvc.perform(join().param("weekdays", "MONDAY").param("city", "Lisbon")
                .param("earliest", "09:00").param("latest", "12:00").param("duration", "60"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"join-error\"").contains("A client waits in at most 5 lines at a time");
    }

    @Test
    void given_maria_searched_for_leg_pain_in_lisbon_when_she_opens_the_waitlist_then_the_form_starts_from_that()
            throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/search").with(maria()).with(csrf()).session(session).param("concern", "RADIATING_LEG_PAIN")
                .param("city", "Lisbon")).andExpect(redirectedUrl("/slots"));

        String page = mvc.perform(get(PAGE).with(maria()).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).containsPattern("id=\"concern-RADIATING_LEG_PAIN\" value=\"RADIATING_LEG_PAIN\"\\s+checked")
                .containsPattern("<option value=\"Lisbon\" selected");
    }

    @Test
    void given_no_time_is_free_for_her_search_when_maria_sees_the_slots_then_she_is_offered_the_waitlist()
            throws Exception {
        services.stubFor(WireMock.get(urlPathEqualTo("/availability")).willReturn(okJson("[]")));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/search").with(maria()).with(csrf()).session(session).param("concern", "RADIATING_LEG_PAIN")
                .param("city", "Lisbon")).andExpect(redirectedUrl("/slots"));

        String slots = mvc.perform(get("/slots").with(maria()).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(slots).contains("id=\"no-slots\"").contains("href=\"/waitlist#join\"")
                .contains("Join the waitlist for this concern");
    }

    @Test
    void given_the_join_form_when_maria_opens_the_waitlist_then_it_posts_so_that_the_concern_stays_out_of_every_url() throws Exception {
        String page = page();

        assertThat(page).containsPattern("<form action=\"/waitlist\" method=\"post\" id=\"join-form\"")
                .contains("id=\"nav-waitlist\"");
    }

    @Test
    void given_marias_profile_is_in_portuguese_when_she_opens_the_waitlist_then_the_page_speaks_portuguese()
            throws Exception {
        mariaHasAProfileIn("pt");
        waitlist.waiting(MARIA, "LOWER_BACK_PAIN", null, null, "Lisbon", List.of(DayOfWeek.TUESDAY), "10:00", "11:00",
                60, Instant.parse("2026-12-01T09:00:00Z"));

        assertThat(page()).contains("Os seus lugares na lista").contains("Terça-feira, entre as 10:00 e as 11:00")
                .contains("Sessão de 60 minutos").contains("À espera").contains("Entrar na lista de espera");
    }

    @Test
    void given_a_front_desk_when_it_asks_for_the_waitlist_page_then_there_is_no_such_page() throws Exception {
        mvc.perform(get(PAGE).with(frontDesk())).andExpect(status().isNotFound()).andExpect(forwardedUrl("/not-found"));
    }

    private String page() throws Exception {
        return mvc.perform(get(PAGE).with(maria())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The join form as Maria sends it, with her concern; each test adds the rest. */
    private MockHttpServletRequestBuilder join() {
        return post(PAGE).with(maria()).with(csrf()).param("concern", "RADIATING_LEG_PAIN");
    }

    private String refused(MockHttpServletRequestBuilder join) throws Exception {
        return mvc.perform(join).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void nothingWasPosted() {
        assertThat(waitlist.joinsReceived()).isEmpty();
        services.verify(0, anyRequestedFor(urlPathEqualTo("/waitlist")));
    }

    /** Ana's Thursday at ten, freed, held for Maria's place in line for her at the Lisbon clinic. */
    private UUID aTimeHeldForMaria(OffsetDateTime heldUntil) {
        UUID place = waitlist.waiting(MARIA, null, ANA, LISBON_CLINIC, null, List.of(DayOfWeek.THURSDAY), "09:00",
                "12:00", 60, Instant.parse("2026-12-05T09:00:00Z"));
        return waitlist.heldFor(place, ANA, LISBON_CLINIC, THURSDAY_TEN, 60, heldUntil);
    }

    private static OffsetDateTime inTwoHours() {
        return OffsetDateTime.now(ZoneOffset.UTC).plusHours(2).truncatedTo(ChronoUnit.MINUTES);
    }
}
