package com.clinicnet.launcher;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Where the local run's messages go. Email: a real SMTP server (GreenMail) that keeps what it receives, listed as
 * JSON at {@code GET /mails}. SMS: a stand-in for the SMS provider's HTTP API on the same HTTP port, taking
 * {@code POST /sms} as notification-service sends it, listing what it took at {@code GET /sms} and answering
 * {@code GET /sms/<reference>} with 200 or 404 as a provider's status API does. Each message is printed too.
 */
final class LocalMessageCatcher implements AutoCloseable {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final int ACCEPTED = 202;
    private static final int NOT_FOUND = 404;

    private final Map<String, String> smsByReference = new ConcurrentHashMap<>();
    private final List<String> smsReceived = new CopyOnWriteArrayList<>();

    private final GreenMail smtp;
    private final HttpServer http;
    private final ScheduledExecutorService printer = Executors.newSingleThreadScheduledExecutor();
    private int printed;

    private LocalMessageCatcher(GreenMail smtp, HttpServer http) {
        this.smtp = smtp;
        this.http = http;
    }

    static LocalMessageCatcher start(int smtpPort, int httpPort) {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", httpPort), 0);
            LocalMessageCatcher catcher = new LocalMessageCatcher(smtp, http);
            http.createContext("/mails", exchange -> answer(exchange, 200, catcher.mailsAsJson()));
            http.createContext("/sms", catcher::sms);
            http.start();
            catcher.printer.scheduleWithFixedDelay(catcher::printNewMails, 1, 1, TimeUnit.SECONDS);
            return catcher;
        }
        catch (IOException e) {
            smtp.stop();
            throw new UncheckedIOException("Cannot serve the mail list on port " + httpPort, e);
        }
    }

    /** The SMS provider's side: take a message, list them, or say whether one with a reference was taken. */
    private void sms(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (exchange.getRequestMethod().equals("POST")) {
            String message = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
            Matcher reference = REFERENCE.matcher(message);
            if (reference.find() && smsByReference.putIfAbsent(reference.group(1), message) == null) {
                smsReceived.add(message);
                System.out.printf("%n[sms] %s%n", message);
            }
            answer(exchange, ACCEPTED, "{}");
        }
        else if (path.startsWith("/sms/")) {
            String message = smsByReference.get(path.substring("/sms/".length()));
            answer(exchange, message == null ? NOT_FOUND : 200, message == null ? "{}" : message);
        }
        else {
            answer(exchange, 200, "[" + String.join(",", smsReceived) + "]");
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
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
                // an email with a calendar invite is multipart: its text is the first part
                Object content = message.getContent();
                return new Mail(Arrays.toString(message.getAllRecipients()), message.getSubject(),
                        content instanceof jakarta.mail.Multipart parts
                                ? GreenMailUtil.getBody(parts.getBodyPart(0)) : GreenMailUtil.getBody(message));
            }
            catch (MessagingException | java.io.IOException e) {
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
