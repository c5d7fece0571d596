package com.clinicnet.booking.intake;

import com.clinicnet.platform.problem.RuleViolationException;

/**
 * The intake shows a red flag for back pain: no massage is booked until a doctor has seen the client. The message
 * names no condition, so it is safe to show anywhere.
 */
public class SeeADoctorFirstException extends RuleViolationException {

    public SeeADoctorFirstException() {
        super("clientId", "Please see a doctor before booking a massage: something in your intake needs a medical "
                + "check first. Nothing has been booked.");
    }
}
