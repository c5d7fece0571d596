package com.clinicnet.notification.channel;

/**
 * The provider refused a message for good (an invalid number, a rejected address): trying again would not help.
 * The reason is written by ClinicNet and never carries the address or the message.
 */
public class DeliveryRefused extends RuntimeException {

    public DeliveryRefused(String reason) {
        super(reason);
    }
}
