package com.clinicnet.notification.dispatch;

/**
 * The web addresses a message carries: the page it points to, and for a reminder the signed links that confirm or
 * cancel its session without signing in and the page to move it (empty when the message has none).
 */
record MessageLinks(String page, String confirm, String cancel, String reschedule) {

    static final MessageLinks NONE = new MessageLinks("", "", "", "");

    static MessageLinks toPage(String page) {
        return new MessageLinks(page, "", "", "");
    }
}
