package com.clinicnet.therapist.clinic;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.clinicnet.platform.security.ApiSecurityConfiguration;
import com.clinicnet.platform.web.ProblemDetailsConfiguration;

@WebMvcTest(ClinicController.class)
@Import({ ProblemDetailsConfiguration.class, ApiSecurityConfiguration.class })
class ClinicControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClinicAdministration administration;

    @MockitoBean
    JwtDecoder tokens;

    private static RequestPostProcessor admin() {
        return jwt().jwt(token -> token.claim("roles", List.of("ADMIN"))).authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
    }

    @Test
    void without_a_token_the_clinics_are_not_even_listed() throws Exception {
        mvc.perform(get("/clinics"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(administration);
    }

    @Test
    void a_client_sending_a_clinic_that_is_not_even_json_is_refused_for_the_role_not_for_the_body() throws Exception {
        RequestPostProcessor client = jwt().jwt(token -> token.claim("roles", List.of("CLIENT")));

        mvc.perform(post("/clinics").with(client).contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/clinics/" + java.util.UUID.randomUUID()).with(client)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(administration);
    }

    @Test
    void a_clinic_may_keep_its_hours_in_utc() throws Exception {
        when(administration.open(any(), any())).thenReturn(ClinicTests.clinic(3, java.util.Set.of(60), List.of()));

        for (String zone : List.of("UTC", "Etc/UTC")) {
            mvc.perform(post("/clinics").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
                            {"name":"Baixa","city":"Lisbon","address":"Rua Augusta 100","timeZone":"%s",
                             "treatmentRooms":3,"bufferMinutes":10,"sessionTypes":[60],
                             "openingHours":[{"weekday":"MONDAY","opens":"09:00","closes":"13:00"}]}
                            """.formatted(zone)))
                    .andExpect(status().isCreated());
        }
    }

    @Test
    void opening_a_clinic_with_a_lunch_closure_answers_201() throws Exception {
        when(administration.open(any(), any())).thenReturn(ClinicTests.clinic(3, java.util.Set.of(60), List.of()));

        mvc.perform(post("/clinics").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Baixa","city":"Lisbon","address":"Rua Augusta 100","timeZone":"Europe/Lisbon",
                         "treatmentRooms":3,"bufferMinutes":10,"sessionTypes":[60],
                         "openingHours":[{"weekday":"MONDAY","opens":"09:00","closes":"13:00"},
                                         {"weekday":"MONDAY","opens":"14:00","closes":"19:00"}]}
                        """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.timeZone").value("Europe/Lisbon"));
    }

    @Test
    void revising_finding_and_listing_clinics() throws Exception {
        Clinic lisbon = ClinicTests.clinic(3, java.util.Set.of(60), List.of());
        when(administration.revise(any(), eq(lisbon.id()), any())).thenReturn(lisbon);
        when(administration.find(any(), eq(lisbon.id()))).thenReturn(lisbon);
        when(administration.inCity(any(), eq("Lisbon"))).thenReturn(List.of(lisbon));

        mvc.perform(put("/clinics/" + lisbon.id()).with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Baixa","city":"Lisbon","address":"Rua Augusta 100","timeZone":"Europe/Lisbon",
                         "treatmentRooms":3,"bufferMinutes":10}
                        """))
                .andExpect(status().isOk());
        mvc.perform(get("/clinics/" + lisbon.id()).with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(lisbon.id().toString()));
        mvc.perform(get("/clinics?city=Lisbon").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].city").value("Lisbon"));
    }

    @Test
    void a_revision_without_rooms_is_refused() throws Exception {
        mvc.perform(put("/clinics/" + java.util.UUID.randomUUID()).with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Baixa\",\"city\":\"Lisbon\",\"address\":\"Rua 1\",\"timeZone\":\"Europe/Lisbon\",\"bufferMinutes\":10}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("treatmentRooms"));
        verifyNoInteractions(administration);
    }

    @Test
    void a_clinic_in_an_unknown_time_zone_is_refused_naming_the_field() throws Exception {
        mvc.perform(post("/clinics").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Baixa","city":"Lisbon","address":"Rua Augusta 100","timeZone":"Mars/Olympus",
                         "treatmentRooms":3,"bufferMinutes":10}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("timeZone"));
        verifyNoInteractions(administration);
    }

    @Test
    void a_fixed_offset_is_not_a_clinic_time_zone() throws Exception {
        mvc.perform(post("/clinics").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Baixa","city":"Lisbon","address":"Rua Augusta 100","timeZone":"+01:00",
                         "treatmentRooms":3,"bufferMinutes":10}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("timeZone"));
    }

    @Test
    void rooms_given_as_text_are_refused_naming_the_field() throws Exception {
        mvc.perform(post("/clinics").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"name":"Baixa","city":"Lisbon","address":"Rua Augusta 100","timeZone":"Europe/Lisbon",
                         "treatmentRooms":"three","bufferMinutes":10}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("treatmentRooms"));
    }

    @Test
    void a_clinic_id_that_is_not_a_uuid_is_a_bad_request_not_a_server_error() throws Exception {
        mvc.perform(get("/clinics/not-a-uuid").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }
}
