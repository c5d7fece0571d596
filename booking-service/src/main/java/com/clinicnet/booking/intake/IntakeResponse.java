package com.clinicnet.booking.intake;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The intake as recorded, and whether a session can be booked on it. */
public record IntakeResponse(UUID clientId, List<String> concerns, int painLevel, Set<Condition> conditions,
        List<String> injuriesToAvoid, boolean seeADoctorFirst) {

    public static IntakeResponse of(Intake intake) {
        return new IntakeResponse(intake.clientId(), intake.concerns(), intake.painLevel(), intake.conditions(),
                intake.injuriesToAvoid(), intake.hasRedFlag());
    }
}
