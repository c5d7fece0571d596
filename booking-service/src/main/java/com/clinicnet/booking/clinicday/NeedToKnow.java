package com.clinicnet.booking.clinicday;

import java.util.ArrayList;
import java.util.List;

import com.clinicnet.booking.intake.Condition;
import com.clinicnet.booking.intake.Intake;

/**
 * What the treating therapist must know before the session, as codes for their schedule: each declared condition
 * (pregnancy, high blood pressure, recent surgery...), a doctor first if the intake shows a red flag, and that there
 * are injuries to avoid. The details (the injuries themselves, concerns, pain) stay in the intake, read at
 * {@code GET /sessions/{id}/intake}.
 */
final class NeedToKnow {

    static final String SEE_A_DOCTOR_FIRST = "SEE_A_DOCTOR_FIRST";
    static final String INJURIES_TO_AVOID = "INJURIES_TO_AVOID";

    private NeedToKnow() {
    }

    /** The codes, in a stable order: the red flag first, then the conditions by name, then the injuries. */
    static List<String> of(Intake intake) {
        List<String> codes = new ArrayList<>();
        if (intake.hasRedFlag()) {
            codes.add(SEE_A_DOCTOR_FIRST);
        }
        intake.conditions().stream().map(Condition::name).sorted().forEach(codes::add);
        if (!intake.injuriesToAvoid().isEmpty()) {
            codes.add(INJURIES_TO_AVOID);
        }
        return List.copyOf(codes);
    }
}
