package com.clinicnet.notification.email;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import com.clinicnet.notification.notification.EmailGateway;
import com.clinicnet.notification.notification.OutgoingMessage;

/** Sends email through an SMTP server (the mail catcher locally, the provider's relay in production). */
@Component
class SmtpEmailGateway implements EmailGateway {

    private final JavaMailSender mail;
    private final String from;

    SmtpEmailGateway(JavaMailSender mail, @Value("${clinicnet.notifications.from}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public void send(String to, OutgoingMessage message) {
        SimpleMailMessage email = new SimpleMailMessage();
        email.setFrom(from);
        email.setTo(to);
        email.setSubject(message.subject());
        email.setText(message.body());
        mail.send(email);
    }
}
