package com.clinicnet.web.intake;

import java.util.List;

/**
 * The conditions booking-service asks about at intake (its Condition enum), in the order the form lists them. The
 * service decides which are red flags; the page only asks.
 */
final class Conditions {

    static final List<String> ASKED = List.of("PREGNANCY", "LOSS_OF_BLADDER_OR_BOWEL_CONTROL", "SADDLE_NUMBNESS",
            "FEVER_WITH_BACK_PAIN", "RECENT_SERIOUS_FALL_OR_ACCIDENT", "UNEXPLAINED_WEIGHT_LOSS",
            "HIGH_BLOOD_PRESSURE", "RECENT_SURGERY");

    private Conditions() {
    }
}
