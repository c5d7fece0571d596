package com.clinicnet.notification.dispatch;

/**
 * Everything a message template may show, and nothing more: the client's name, the clinic, the therapist's first
 * name, the local time, how to cancel, for a disruption the times offered instead and where to choose, and for a
 * waitlist offer until when the time is held, and for a reminder its reply links. A
 * concern, pain or condition has no field here, so it cannot reach a message whatever a template says.
 */
record MessageFields(String name, String clinic, String therapist, String time, String howToCancel,
        String alternatives, String link, String until, String confirmLink, String cancelLink, String rescheduleLink) {

    MessageFields(String name, String clinic, String therapist, String time, String howToCancel, String alternatives,
            MessageLinks links, String until) {
        this(name, clinic, therapist, time, howToCancel, alternatives, links.page(), until, links.confirm(),
                links.cancel(), links.reschedule());
    }

    String valueOf(String field) {
        return switch (field) {
            case "name" -> name;
            case "clinic" -> clinic;
            case "therapist" -> therapist;
            case "time" -> time;
            case "howToCancel" -> howToCancel;
            case "alternatives" -> alternatives;
            case "link" -> link;
            case "confirmLink" -> confirmLink;
            case "cancelLink" -> cancelLink;
            case "rescheduleLink" -> rescheduleLink;
            case "until" -> until;
            default -> throw new IllegalArgumentException("Not a message field: " + field);
        };
    }
}
