package com.clinicnet.web.availability;

import java.io.Serializable;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * What brings the client here and where they want to go. Kept in the session, not in the URL: a concern is health
 * data.
 */
public record ChosenSearch(String concern, String city, UUID clinicId) implements Serializable {

    private static final String ATTRIBUTE = ChosenSearch.class.getName();

    public static ChosenSearch in(HttpSession session) {
        return (ChosenSearch) session.getAttribute(ATTRIBUTE);
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }
}
