package com.clinicnet.web.admin;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the admin's pages offer: the session lengths a clinic may choose from (and a new clinic starts with), and how many weeks a schedule's
 * preview and the current calendar show.
 */
@ConfigurationProperties("clinicnet.web.admin")
record AdminPages(List<Integer> sessionLengths, List<Integer> newClinicSessionLengths, int previewWeeks) {
}
