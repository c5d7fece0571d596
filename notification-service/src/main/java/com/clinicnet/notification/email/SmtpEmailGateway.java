package com.clinicnet.notification.email;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import com.clinicnet.notification.channel.Channel;
import com.clinicnet.notification.channel.ChannelGateway;
import com.clinicnet.notification.channel.DeliveryRefused;
import com.clinicnet.notification.channel.OutgoingMessage;

import jakarta.mail.SendFailedException;

/**
 * Sends email through an SMTP server (the mail catcher locally, the provider's relay in production). The
 * Message-ID is derived from the notification, so a message sent again after a crash is the same message to the
 * client's mail provider. An address the server refuses for good (a 5xx reply) fails the notification.
 */
@Component
class SmtpEmailGateway implements ChannelGateway {

    private final JavaMailSender mail;
    private final String from;
    private final String messageIdDomain;

    SmtpEmailGateway(JavaMailSender mail, @Value("${clinicnet.notifications.from}") String from,
            @Value("${clinicnet.notifications.email.message-id-domain}") String messageIdDomain) {
        this.mail = mail;
        this.from = from;
        this.messageIdDomain = messageIdDomain;
    }

    /** The name calendar apps show for the attached invite. */
    private static final String INVITE_FILE = "session.ics";

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(String to, OutgoingMessage message, UUID notificationId) {
        try {
            mail.send(mime -> {
                // with an invite: the text first, then the .ics (multipart/mixed), as mail clients expect
                MimeMessageHelper email = message.invite() == null ? new MimeMessageHelper(mime, "UTF-8")
                        : new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
                email.setFrom(from);
                email.setTo(to);
                email.setSubject(message.subject());
                email.setText(message.body());
                if (message.invite() != null) {
                    email.addAttachment(INVITE_FILE, new ByteArrayResource(
                            message.invite().ics().getBytes(StandardCharsets.UTF_8)), message.invite().mediaType());
                }
                // Spring keeps an explicit Message-ID when it saves the message
                mime.setHeader("Message-ID", "<" + notificationId + "@" + messageIdDomain + ">");
            });
        }
        catch (MailParseException | MailPreparationException unusable) {
            throw new DeliveryRefused("the email address cannot be used");
        }
        catch (MailSendException failed) {
            if (refusedForGood(failed)) {
                throw new DeliveryRefused("the mail server refused the email address");
            }
            throw failed;
        }
    }

    /** The server answered the recipient with a permanent error (the address is invalid), not a passing one. */
    private static boolean refusedForGood(MailSendException failed) {
        return Arrays.stream(failed.getMessageExceptions())
                .anyMatch(cause -> cause instanceof SendFailedException refused
                        && refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0);
    }
}
