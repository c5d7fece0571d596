package com.clinicnet.web.profile;

import java.time.LocalTime;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicnet.web.WebProperties;
import com.clinicnet.web.services.BookingService;
import com.clinicnet.web.services.ClientProfile;
import com.clinicnet.web.services.Problem;
import com.clinicnet.web.services.ResourceNotFoundException;
import com.clinicnet.web.services.ServiceProblemException;
import com.clinicnet.web.signin.SignedIn;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The client's profile (what PUT /clients/{id} takes), and erasing it all, which signs them out. */
@Controller
class ProfileController {

    static final String[] CHANNELS = { "EMAIL", "SMS" };

    private final BookingService booking;
    private final WebProperties properties;
    private final LocaleResolver locales;
    private final OidcClientInitiatedLogoutSuccessHandler signOutAtKeycloak;

    ProfileController(BookingService booking, WebProperties properties, LocaleResolver locales,
            OidcClientInitiatedLogoutSuccessHandler signOutAtKeycloak) {
        this.booking = booking;
        this.properties = properties;
        this.locales = locales;
        this.signOutAtKeycloak = signOutAtKeycloak;
    }

    @GetMapping("/profile")
    String form(SignedIn client, Model model) {
        ClientProfile profile = booking.profile(client.clientId())
                .orElseThrow(() -> new ResourceNotFoundException("profile"));
        return page(model, new ClientProfile.Change(profile.name(), profile.email(), profile.phone(),
                profile.timeZone(), profile.language(), profile.preferredChannel(), profile.quietHours(),
                profile.remindersOptOut()), null);
    }

    @PostMapping("/profile")
    String revise(SignedIn client, @RequestParam String name, @RequestParam(required = false) String email,
            @RequestParam(required = false) String phone, @RequestParam String timeZone,
            @RequestParam String language, @RequestParam String preferredChannel,
            @RequestParam(required = false) LocalTime quietFrom, @RequestParam(required = false) LocalTime quietTo,
            @RequestParam(defaultValue = "false") boolean remindersOptOut, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        ClientProfile.QuietHours quietHours = quietFrom == null || quietTo == null ? null
                : new ClientProfile.QuietHours(quietFrom, quietTo);
        ClientProfile.Change change = new ClientProfile.Change(name, blankToNull(email), blankToNull(phone),
                timeZone, language, preferredChannel, quietHours, remindersOptOut);
        try {
            ClientProfile revised = booking.revise(client.clientId(), change);
            locales.setLocale(request, response, java.util.Locale.forLanguageTag(revised.language()));
        }
        catch (ServiceProblemException refused) {
            return page(model, change, refused.problem());
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/profile";
    }

    @GetMapping("/profile/delete")
    String confirmErase() {
        return "profile-delete";
    }

    /** Erases the client's data at booking-service, then signs them out here and at Keycloak. */
    @PostMapping("/profile/delete")
    void erase(SignedIn client, Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        booking.erase(client.clientId());
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        signOutAtKeycloak.onLogoutSuccess(request, response, authentication);
    }

    private String page(Model model, ClientProfile.Change profile, Problem problem) {
        model.addAttribute("profile", profile);
        model.addAttribute("languages", properties.languages());
        model.addAttribute("channels", CHANNELS);
        model.addAttribute("problem", problem);
        // booking-service names the fields as its request does (quietHours.from): one message per field
        model.addAttribute("errors", problem == null ? Map.of()
                : problem.messagesByField(ProfileController::fieldOf));
        return "profile";
    }

    private static String fieldOf(String serviceField) {
        return serviceField.startsWith("quietHours") ? "quietHours" : serviceField;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
