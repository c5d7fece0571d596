package com.clinicnet.platform.replylink;

/** What a client's reply to a reminder asks for. */
public enum ReplyAction {
    CONFIRM,
    CANCEL
}
