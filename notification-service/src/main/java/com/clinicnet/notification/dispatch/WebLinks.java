package com.clinicnet.notification.dispatch;

import org.springframework.stereotype.Component;

import com.clinicnet.notification.planning.NotificationKind;
import com.clinicnet.notification.planning.ScheduledNotification;
import com.clinicnet.platform.replylink.ReplyAction;
import com.clinicnet.platform.replylink.ReplyLink;
import com.clinicnet.platform.replylink.ReplyLinks;

/**
 * Makes the links of each message: where a disruption notice or a waitlist offer sends the client, and a
 * reminder's signed reply links (each valid until its session starts, usable once, checked by booking-service).
 */
@Component
class WebLinks {

    private static final String SESSIONS_PAGE = "/sessions";
    private static final String DISRUPTION_PAGE = "/disruption";
    private static final String RESCHEDULE_PAGE = "/reschedule";
    private static final String WAITLIST_PAGE = "/waitlist";
    private static final String REPLY_PAGE = "/replies/";

    private final String web;
    private final ReplyLinks replyLinks;

    WebLinks(DispatchProperties properties, ReplyLinks replyLinks) {
        this.web = properties.webUrl();
        this.replyLinks = replyLinks;
    }

    MessageLinks of(ScheduledNotification notification) {
        if (notification.kind() == NotificationKind.WAITLIST_OFFER) {
            return MessageLinks.toPage(web + WAITLIST_PAGE);
        }
        String sessions = web + SESSIONS_PAGE;
        if (notification.sessionId() == null) {
            return MessageLinks.toPage(sessions);
        }
        String session = sessions + "/" + notification.sessionId();
        return switch (notification.kind()) {
            case DISRUPTION_NOTICE -> MessageLinks.toPage(session + DISRUPTION_PAGE);
            case REMINDER -> new MessageLinks(sessions, reply(notification, ReplyAction.CONFIRM),
                    reply(notification, ReplyAction.CANCEL), session + RESCHEDULE_PAGE);
            default -> MessageLinks.toPage(sessions);
        };
    }

    private String reply(ScheduledNotification notification, ReplyAction action) {
        return web + REPLY_PAGE + replyLinks.sign(ReplyLink.forSession(notification.sessionId(),
                notification.clientId(), action, notification.sessionStartsAt()));
    }
}
