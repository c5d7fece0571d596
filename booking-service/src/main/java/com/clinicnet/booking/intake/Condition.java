package com.clinicnet.booking.intake;

import java.util.Optional;

/**
 * Conditions a client declares at intake. Some need a specialty; the red flags for back pain need a doctor first,
 * and no massage is booked until then.
 */
public enum Condition {
    PREGNANCY("PRENATAL", false),
    LOSS_OF_BLADDER_OR_BOWEL_CONTROL(null, true),
    SADDLE_NUMBNESS(null, true),
    FEVER_WITH_BACK_PAIN(null, true),
    RECENT_SERIOUS_FALL_OR_ACCIDENT(null, true),
    UNEXPLAINED_WEIGHT_LOSS(null, true),
    HIGH_BLOOD_PRESSURE(null, false),
    RECENT_SURGERY(null, false);

    private final String requiredSpecialty;
    private final boolean redFlag;

    Condition(String requiredSpecialty, boolean redFlag) {
        this.requiredSpecialty = requiredSpecialty;
        this.redFlag = redFlag;
    }

    public Optional<String> requiredSpecialty() {
        return Optional.ofNullable(requiredSpecialty);
    }

    public boolean isRedFlag() {
        return redFlag;
    }
}
