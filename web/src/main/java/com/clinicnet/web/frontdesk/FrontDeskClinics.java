package com.clinicnet.web.frontdesk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.clinicnet.web.services.ClinicHours;
import com.clinicnet.web.services.ResourceNotFoundException;
import com.clinicnet.web.services.StaffRoster;
import com.clinicnet.web.signin.SignedIn;

/** The clinics a front desk serves: another clinic is answered as one that does not exist. */
@Component
class FrontDeskClinics {

    private final StaffRoster roster;
    private final Clock clock;

    FrontDeskClinics(StaffRoster roster, Clock clock) {
        this.roster = roster;
        this.clock = clock;
    }

    /** The clinic, if the desk serves it; therapist-service's 404 becomes the not-found page as well. */
    ClinicHours served(SignedIn desk, UUID clinicId) {
        if (!desk.serves(clinicId)) {
            throw new ResourceNotFoundException("clinic");
        }
        return roster.clinic(clinicId);
    }

    /** The day asked for, or today where the clinic is. */
    LocalDate dayOrToday(ClinicHours clinic, LocalDate day) {
        return day != null ? day : LocalDate.now(clock.withZone(ZoneId.of(clinic.timeZone())));
    }

    static String dayPath(UUID clinicId, LocalDate day) {
        return "/front-desk/clinics/" + clinicId + "/day?date=" + day;
    }
}
