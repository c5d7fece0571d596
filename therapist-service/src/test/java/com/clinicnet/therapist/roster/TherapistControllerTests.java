package com.clinicnet.therapist.roster;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.clinicnet.platform.security.ApiSecurityConfiguration;
import com.clinicnet.platform.web.ProblemDetailsConfiguration;
import com.clinicnet.workingtime.WorkingInterval;

/** The web edge of the roster: each endpoint's happy path and its validation, with the roster itself stubbed. */
@WebMvcTest(TherapistController.class)
@Import({ ProblemDetailsConfiguration.class, ApiSecurityConfiguration.class })
class TherapistControllerTests {

    private static final UUID ID = UUID.randomUUID();
    private static final UUID CLINIC = UUID.randomUUID();
    private static final Therapist ANA = new Therapist(ID, "Ana Sousa", null, List.of("pt"), true, Set.of(CLINIC),
            List.of(new Therapist.SpecialtyLevel("SCIATICA", 3)), 1);
    private static final String VALID = """
            {"name":"Ana Sousa","clinicIds":["%s"],"specialties":[{"code":"SCIATICA","level":3}]}
            """.formatted(CLINIC);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TherapistRoster roster;

    @MockitoBean
    JwtDecoder tokens;

    @Test
    void registering_a_therapist_answers_201_with_where_to_find_them() throws Exception {
        when(roster.register(any(), any())).thenReturn(ANA);

        mvc.perform(json(post("/therapists"), VALID)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(ID.toString()));
    }

    @Test
    void a_therapist_without_a_clinic_is_refused_before_the_roster_sees_it() throws Exception {
        mvc.perform(json(post("/therapists"), "{\"name\":\"Ana\",\"clinicIds\":[],\"specialties\":[{\"code\":\"SCIATICA\",\"level\":3}]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("clinicIds"));
        verifyNoInteractions(roster);
    }

    @Test
    void revising_a_therapist_answers_the_new_profile() throws Exception {
        when(roster.find(any(), eq(ID))).thenReturn(TherapistResponse.of(ANA));

        mvc.perform(json(put("/therapists/" + ID), VALID)).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Ana Sousa"));
    }

    @Test
    void a_revision_with_a_two_word_language_code_is_refused() throws Exception {
        mvc.perform(json(put("/therapists/" + ID), VALID.replace("\"name\"", "\"languages\":[\"portuguese\"],\"name\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("languages[0]"));
    }

    @Test
    void deactivating_and_removing_a_therapist() throws Exception {
        when(roster.find(any(), eq(ID))).thenReturn(TherapistResponse.of(ANA.deactivated()));

        mvc.perform(post("/therapists/" + ID + "/deactivation").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(delete("/therapists/" + ID).with(admin())).andExpect(status().isNoContent());
    }

    @Test
    void searching_by_specialty_and_level() throws Exception {
        when(roster.search(any(), eq(CLINIC), eq("SCIATICA"), eq(2))).thenReturn(List.of(ANA));

        mvc.perform(get("/therapists?clinicId=" + CLINIC + "&specialty=SCIATICA&minLevel=2").with(admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(ID.toString()));
    }

    @Test
    void a_minimum_level_of_four_is_refused() throws Exception {
        mvc.perform(get("/therapists?minLevel=4").with(admin()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("minLevel"));
    }

    @Test
    void setting_a_weekly_schedule() throws Exception {
        when(roster.find(any(), eq(ID))).thenReturn(TherapistResponse.of(ANA));

        mvc.perform(json(put("/therapists/" + ID + "/shifts"), """
                        {"effectiveFrom":"2027-01-04","shifts":[{"clinicId":"%s","weekday":"MONDAY","starts":"09:00","ends":"13:00"}]}
                        """.formatted(CLINIC)))
                .andExpect(status().isOk());
    }

    @Test
    void a_schedule_without_its_start_date_is_refused() throws Exception {
        mvc.perform(json(put("/therapists/" + ID + "/shifts"), "{\"shifts\":[]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"));
    }

    @Test
    void adding_and_removing_time_off() throws Exception {
        UUID timeOff = UUID.randomUUID();
        when(roster.addTimeOff(any(), eq(ID), any())).thenReturn(new TimeOff(timeOff,
                Instant.parse("2027-02-01T00:00:00Z"), Instant.parse("2027-02-02T00:00:00Z"), "training"));

        mvc.perform(json(post("/therapists/" + ID + "/time-off"), "{\"from\":\"2027-02-01T00:00:00Z\",\"to\":\"2027-02-02T00:00:00Z\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(timeOff.toString()));
        mvc.perform(delete("/therapists/" + ID + "/time-off/" + timeOff).with(admin())).andExpect(status().isNoContent());
    }

    @Test
    void time_off_without_an_end_is_refused() throws Exception {
        mvc.perform(json(post("/therapists/" + ID + "/time-off"), "{\"from\":\"2027-02-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void the_calendar_shows_each_interval_in_the_clinic_zone() throws Exception {
        ZonedDateTime nine = ZonedDateTime.of(2027, 3, 14, 9, 0, 0, 0, ZoneId.of("America/New_York"));
        when(roster.calendar(any(), eq(ID), eq(LocalDate.parse("2027-03-14")), eq(LocalDate.parse("2027-03-14"))))
                .thenReturn(List.of(new WorkingInterval(CLINIC, nine, nine.plusHours(8))));

        mvc.perform(get("/therapists/" + ID + "/calendar?from=2027-03-14&to=2027-03-14").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].starts").value("2027-03-14T09:00:00-04:00"))
                .andExpect(jsonPath("$[0].minutes").value(480));
    }

    @Test
    void a_calendar_without_dates_is_refused() throws Exception {
        mvc.perform(get("/therapists/" + ID + "/calendar").with(admin()))
                .andExpect(status().isBadRequest());
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(admin()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static RequestPostProcessor admin() {
        return jwt().jwt(token -> token.claim("roles", List.of("ADMIN"))).authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
    }
}
