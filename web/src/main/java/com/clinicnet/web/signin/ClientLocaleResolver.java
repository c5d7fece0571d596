package com.clinicnet.web.signin;

import java.util.List;
import java.util.Locale;

import org.springframework.web.servlet.LocaleResolver;

import com.clinicnet.web.WebProperties;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** The page's language: the profile's (kept in the session once known), else the browser's, else the default. */
class ClientLocaleResolver implements LocaleResolver {

    static final String LANGUAGE = ClientLocaleResolver.class.getName() + ".language";

    private final List<Locale> supported;
    private final Locale fallback;

    ClientLocaleResolver(WebProperties properties) {
        this.supported = properties.languages().stream().map(Locale::forLanguageTag).toList();
        this.fallback = Locale.forLanguageTag(properties.defaultLanguage());
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(LANGUAGE);
        if (chosen instanceof Locale language) {
            return language;
        }
        String accepted = request.getHeader("Accept-Language");
        if (accepted == null || accepted.isBlank()) {
            return fallback;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(accepted), supported);
            return match == null ? fallback : match;
        }
        catch (IllegalArgumentException unreadable) {
            return fallback;
        }
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale language = locale != null && supported.contains(Locale.forLanguageTag(locale.getLanguage()))
                ? Locale.forLanguageTag(locale.getLanguage()) : fallback;
        request.getSession().setAttribute(LANGUAGE, language);
    }
}
