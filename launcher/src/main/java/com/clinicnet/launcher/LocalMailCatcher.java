package com.clinicnet.launcher;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) that keeps what it receives: each mail is printed on the console and all are
 * listed as JSON at {@code GET /mails} on the catcher's HTTP port.
 */
final class LocalMailCatcher implements AutoCloseable {

    private final GreenMail smtp;
    private final HttpServer http;
    private final ScheduledExecutorService printer = Executors.newSingleThreadScheduledExecutor();
    private int printed;

    private LocalMailCatcher(GreenMail smtp, HttpServer http) {
        this.smtp = smtp;
        this.http = http;
    }

    static LocalMailCatcher start(int smtpPort, int httpPort) {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
            LocalMailCatcher catcher = new LocalMailCatcher(smtp, http);
            http.createContext("/mails", exchange -> {
                byte[] body = catcher.mailsAsJson().getBytes(UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            http.start();
            catcher.printer.scheduleWithFixedDelay(catcher::printNewMails, 1, 1, TimeUnit.SECONDS);
            return catcher;
        }
        catch (IOException e) {
            smtp.stop();
            throw new UncheckedIOException("Cannot serve the mail list on port " + httpPort, e);
        }
    }

    private synchronized void printNewMails() {
        MimeMessage[] received = smtp.getReceivedMessages();
        for (; printed < received.length; printed++) {
            Mail mail = Mail.of(received[printed]);
            System.out.printf("%n[mail] to %s%n[mail] subject: %s%n%s%n", mail.to(), mail.subject(), mail.body());
        }
    }

    private String mailsAsJson() {
        List<String> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            Mail mail = Mail.of(message);
            mails.add("{\"to\":" + quote(mail.to()) + ",\"subject\":" + quote(mail.subject()) + ",\"body\":"
                    + quote(mail.body()) + "}");
        }
        return "[" + String.join(",", mails) + "]";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + "\"";
    }

    private record Mail(String to, String subject, String body) {

        static Mail of(MimeMessage message) {
            try {
                return new Mail(Arrays.toString(message.getAllRecipients()), message.getSubject(),
                        GreenMailUtil.getBody(message));
            }
            catch (MessagingException e) {
                return new Mail("?", "(unreadable)", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        printer.shutdownNow();
        http.stop(0);
        smtp.stop();
    }
}
