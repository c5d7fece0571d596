package com.clinicnet.web.admin;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import com.clinicnet.web.admin.NetworkRecords.Credentials;
import com.clinicnet.web.admin.NetworkRecords.SpecialtyLevel;
import com.clinicnet.web.admin.NetworkRecords.TherapistDetails;
import com.clinicnet.web.admin.NetworkRecords.TherapistRequest;

/**
 * A therapist as the form has them: a level (1 to 3) for each specialty of the catalogue they practise, the clinics
 * they work at, and the languages they speak written as a list ("pt, en").
 */
record TherapistForm(String name, String licenceNumber, String issuingBody, String languages, List<UUID> clinicIds,
        Map<String, Integer> levels) {

    TherapistForm {
        clinicIds = clinicIds == null ? List.of() : clinicIds.stream().filter(Objects::nonNull).toList();
        levels = levels == null ? Map.of() : levels.entrySet().stream().filter(level -> level.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    static TherapistForm blank() {
        return new TherapistForm("", "", "", "", List.of(), Map.of());
    }

    static TherapistForm of(TherapistDetails therapist) {
        Credentials credentials = therapist.credentials();
        return new TherapistForm(therapist.name(), credentials == null ? "" : credentials.licenceNumber(),
                credentials == null ? "" : credentials.issuingBody(), String.join(", ", therapist.languages()),
                List.copyOf(therapist.clinicIds()), therapist.specialties().stream()
                        .collect(Collectors.toMap(SpecialtyLevel::code, SpecialtyLevel::level)));
    }

    public boolean worksAt(UUID clinicId) {
        return clinicIds.contains(clinicId);
    }

    public Integer levelOf(String specialty) {
        return levels.get(specialty);
    }

    TherapistRequest toRequest() {
        boolean noCredentials = isBlank(licenceNumber) && isBlank(issuingBody);
        List<String> spoken = languages == null ? List.of()
                : Arrays.stream(languages.split("[,\\s]+")).filter(language -> !language.isBlank())
                        .map(language -> language.strip().toLowerCase(Locale.ROOT)).toList();
        return new TherapistRequest(name, noCredentials ? null : new Credentials(licenceNumber, issuingBody), spoken,
                new LinkedHashSet<>(clinicIds), levels.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(level -> new SpecialtyLevel(level.getKey(), level.getValue())).toList());
    }

    /** The form's field for a field the service names ("specialties[0].level" is the specialties). */
    static String fieldOf(String serviceField) {
        if (serviceField.startsWith("specialties") || serviceField.startsWith("levels")) {
            return "specialties";
        }
        if (serviceField.startsWith("credentials.licenceNumber")) {
            return "licenceNumber";
        }
        if (serviceField.startsWith("credentials")) {
            return "issuingBody";
        }
        if (serviceField.startsWith("languages")) {
            return "languages";
        }
        if (serviceField.startsWith("clinicIds")) {
            return "clinicIds";
        }
        return serviceField;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
