package com.clinicnet.therapist.specialty;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.clinicnet.platform.security.ApiSecurityConfiguration;
import com.clinicnet.platform.web.ProblemDetailsConfiguration;

@WebMvcTest(SpecialtyController.class)
@Import({ ProblemDetailsConfiguration.class, ApiSecurityConfiguration.class })
class SpecialtyControllerTests {

    private static final Specialty SCIATICA = new Specialty("SCIATICA", "Sciatica", "Radiating nerve pain",
            List.of("RADIATING_LEG_PAIN"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    SpecialtyCatalog catalog;

    @MockitoBean
    JwtDecoder tokens;

    @Test
    void the_catalogue_lists_each_specialty_with_the_concerns_it_addresses() throws Exception {
        when(catalog.all(any())).thenReturn(List.of(SCIATICA));

        mvc.perform(get("/specialties").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].addressesConcerns[0]").value("RADIATING_LEG_PAIN"));
    }

    @Test
    void an_administrator_adds_a_specialty() throws Exception {
        when(catalog.add(any(), any())).thenReturn(SCIATICA);

        mvc.perform(post("/specialties").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"code":"SCIATICA","name":"Sciatica","description":"Radiating nerve pain","addressesConcerns":["RADIATING_LEG_PAIN"]}
                        """))
                .andExpect(status().isCreated());
    }

    @Test
    void a_specialty_code_in_lower_case_is_refused() throws Exception {
        mvc.perform(post("/specialties").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"code":"sciatica","name":"Sciatica","description":"Nerve pain","addressesConcerns":["RADIATING_LEG_PAIN"]}
                        """))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("code"));
        verifyNoInteractions(catalog);
    }

    private static RequestPostProcessor admin() {
        return jwt().jwt(token -> token.claim("roles", List.of("ADMIN"))).authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
    }
}
