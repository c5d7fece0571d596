package com.clinicnet.booking.intake;

import java.util.Map;
import java.util.Set;

import com.clinicnet.platform.problem.RuleViolationException;

/**
 * A client's intake read against the specialty catalogue: whom they may be booked with, or that they must see a
 * doctor first. Booking and availability both ask it, so availability never offers a therapist booking refuses.
 * Plain Java: the catalogue's specialties for the intake's concerns are looked up once, before.
 */
public record TreatmentNeeds(Intake intake, Set<String> specialtiesForConcerns) {

    public TreatmentNeeds {
        specialtiesForConcerns = Set.copyOf(specialtiesForConcerns);
    }

    /** Refuses (422, the same answer everywhere) any booking or search while the intake shows a red flag. */
    public void requireNoRedFlag() {
        if (intake.hasRedFlag()) {
            throw new SeeADoctorFirstException();
        }
    }

    /** Whether a therapist with these specialty levels may treat this client; see {@link Intake#treatableBy}. */
    public boolean allow(Map<String, Integer> therapistSpecialties) {
        return intake.treatableBy(therapistSpecialties, specialtiesForConcerns);
    }

    /** Refuses a booking with this therapist: a red flag first, then a therapist the intake does not allow. */
    public void requireTreatableBy(Map<String, Integer> therapistSpecialties) {
        requireNoRedFlag();
        if (!allow(therapistSpecialties)) {
            throw new RuleViolationException("therapistId",
                    "This therapist's specialties do not match what the intake asks for");
        }
    }
}
