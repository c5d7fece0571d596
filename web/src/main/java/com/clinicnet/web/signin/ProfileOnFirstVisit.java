package com.clinicnet.web.signin;

import java.util.Locale;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

import com.clinicnet.web.WebProperties;
import com.clinicnet.web.services.BookingService;
import com.clinicnet.web.services.ClientProfile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A signed-in client's first visit creates their booking profile (name and email from the ID token, language from
 * Keycloak or the browser); every page after that speaks the profile's language. Checked once per session.
 */
class ProfileOnFirstVisit implements HandlerInterceptor {

    static final String PROFILE_CHECKED = ProfileOnFirstVisit.class.getName() + ".checked";
    static final String EMAIL = "EMAIL";

    private final BookingService booking;
    private final LocaleResolver locales;
    private final WebProperties properties;

    ProfileOnFirstVisit(BookingService booking, LocaleResolver locales, WebProperties properties) {
        this.booking = booking;
        this.locales = locales;
        this.properties = properties;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        SignedIn client = SignedInArgumentResolver.current();
        HttpSession session = request.getSession(false);
        // staff have no booking profile: only a client's first visit makes one
        if (client == null || !client.is(Role.CLIENT)
                || session != null && session.getAttribute(PROFILE_CHECKED) != null) {
            return true;
        }
        ClientProfile profile = booking.profile(client.clientId())
                .orElseGet(() -> booking.register(new ClientProfile.Change(client.name(), client.email(), null,
                        properties.defaultTimeZone().getId(), languageOf(client, request), EMAIL, null, null)));
        locales.setLocale(request, response, Locale.forLanguageTag(profile.language()));
        request.getSession().setAttribute(PROFILE_CHECKED, Boolean.TRUE);
        return true;
    }

    /** Keycloak's locale for the person if it is one the pages speak, else the browser's, else the default. */
    private String languageOf(SignedIn client, HttpServletRequest request) {
        if (client.locale() != null) {
            String fromKeycloak = Locale.forLanguageTag(client.locale()).getLanguage();
            if (properties.languages().contains(fromKeycloak)) {
                return fromKeycloak;
            }
        }
        return locales.resolveLocale(request).getLanguage();
    }
}
