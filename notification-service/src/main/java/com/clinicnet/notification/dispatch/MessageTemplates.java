package com.clinicnet.notification.dispatch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.clinicnet.notification.channel.Channel;
import com.clinicnet.notification.channel.OutgoingMessage;
import com.clinicnet.notification.contact.Contact;
import com.clinicnet.notification.planning.NotificationKind;
import com.clinicnet.notification.planning.ScheduledNotification;

/**
 * The words of each notification, per kind, channel and language, from {@code messages/notifications_<lang>.properties}.
 * Times are shown in the clinic's zone, where the client will be. A template may only name the fields of
 * {@link MessageFields}; a template naming anything else is refused when the templates are loaded. Plain Java.
 */
final class MessageTemplates {

    /** The only placeholders a template may use. */
    public static final Set<String> ALLOWED_FIELDS = Set.of("name", "clinic", "therapist", "time", "howToCancel",
            "alternatives", "link", "until", "confirmLink", "cancelLink", "rescheduleLink");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    private static final List<String> FORMATS = List.of("format.time", "format.date", "format.sms-time",
            "format.until");
    private static final List<String> PHRASES = List.of("how-to-cancel", "how-to-cancel.sms", "reference",
            "fallback.clinic", "fallback.therapist", "offer.line", "offer.sms", "offer.none", "invite.summary");

    private final Map<String, Properties> byLanguage;
    private final String defaultLanguage;

    private MessageTemplates(Map<String, Properties> byLanguage) {
        byLanguage.forEach(MessageTemplates::check);
        this.byLanguage = Map.copyOf(byLanguage);
        this.defaultLanguage = byLanguage.keySet().iterator().next();
    }

    /** The first language is the one used for clients whose language has no templates. */
    public static MessageTemplates of(Map<String, Properties> byLanguage) {
        return new MessageTemplates(new LinkedHashMap<>(byLanguage));
    }

    /** Loads the templates of each language from the classpath; the first is the default. */
    public static MessageTemplates load(List<String> languages) {
        Map<String, Properties> byLanguage = new LinkedHashMap<>();
        languages.forEach(language -> byLanguage.put(language, read(resourceOf(language))));
        return new MessageTemplates(byLanguage);
    }

    public static String resourceOf(String language) {
        return "messages/notifications_" + language + ".properties";
    }

    public Set<String> languages() {
        return byLanguage.keySet();
    }

    /**
     * Writes the message for this notification on this channel in the client's language. The clinic and therapist
     * names come from what therapist-service published and may not be known yet; the message then says "your clinic".
     */
    public OutgoingMessage render(ScheduledNotification notification, Channel channel, Contact contact,
            Optional<String> clinic, Optional<String> therapist) {
        return render(notification, channel, contact, clinic, therapist, List.of(), MessageLinks.NONE);
    }

    /** As above, for a message that offers other times, or carries links (where to choose, how to reply). */
    public OutgoingMessage render(ScheduledNotification notification, Channel channel, Contact contact,
            Optional<String> clinic, Optional<String> therapist, List<OfferedTime> offers, MessageLinks links) {
        Properties words = byLanguage.get(languageOf(contact));
        Locale locale = Locale.forLanguageTag(languageOf(contact));
        boolean sms = channel == Channel.SMS;
        String timePattern = notification.kind() == NotificationKind.FOLLOW_UP ? "format.date"
                : sms ? "format.sms-time" : "format.time";
        DateTimeFormatter times = DateTimeFormatter.ofPattern(words.getProperty(timePattern), locale);
        String time = times.format(notification.sessionStartsAt().atZone(notification.clinicTimeZone()));
        MessageFields fields = new MessageFields(contact.name(),
                clinic.orElse(words.getProperty("fallback.clinic")),
                therapist.orElse(words.getProperty("fallback.therapist")), time,
                howToCancel(words, sms, notification.sessionId()), offered(words, sms, times, offers), links,
                until(words, locale, notification));
        String kind = notification.kind().name().toLowerCase(Locale.ROOT);
        String body = fill(words.getProperty(kind + (sms ? ".sms" : ".body")), fields);
        return new OutgoingMessage(sms ? null : fill(words.getProperty(kind + ".subject"), fields), body);
    }

    /** The title of a session's calendar entry, in the client's language: with whom and where, nothing more. */
    public String inviteSummary(Contact contact, Optional<String> clinic, Optional<String> therapist) {
        Properties words = byLanguage.get(languageOf(contact));
        return fill(words.getProperty("invite.summary"), new MessageFields("",
                clinic.orElse(words.getProperty("fallback.clinic")),
                therapist.orElse(words.getProperty("fallback.therapist")), "", "", "", MessageLinks.NONE, ""));
    }

    /** One line per time offered (an email), or one short list (an SMS); each in its own clinic's zone. */
    private static String offered(Properties words, boolean sms, DateTimeFormatter times, List<OfferedTime> offers) {
        if (offers.isEmpty()) {
            return words.getProperty("offer.none");
        }
        String line = words.getProperty(sms ? "offer.sms" : "offer.line");
        // each line is a template of its own, filled as every template is (it names a time, a therapist, a clinic)
        return offers.stream()
                .map(offer -> fill(line, new MessageFields("",
                        offer.clinic().orElse(words.getProperty("fallback.clinic")),
                        offer.therapist().orElse(words.getProperty("fallback.therapist")),
                        times.format(offer.startsAt()), "", "", MessageLinks.NONE, "")))
                .collect(java.util.stream.Collectors.joining(sms ? "; " : "\n"));
    }

    /** Until when a held time stays held, on the clinic's clock; empty for a notice without a deadline. */
    private static String until(Properties words, Locale locale, ScheduledNotification notification) {
        return notification.expiresAt() == null ? "" : DateTimeFormatter
                .ofPattern(words.getProperty("format.until"), locale)
                .format(notification.expiresAt().atZone(notification.clinicTimeZone()));
    }

    private String languageOf(Contact contact) {
        String language = contact.language() == null ? "" : Locale.forLanguageTag(contact.language()).getLanguage();
        return byLanguage.containsKey(language) ? language : defaultLanguage;
    }

    private static String howToCancel(Properties words, boolean sms, UUID sessionId) {
        if (sms) {
            return words.getProperty("how-to-cancel.sms");
        }
        String howToCancel = words.getProperty("how-to-cancel");
        return sessionId == null ? howToCancel : howToCancel + " " + words.getProperty("reference") + " " + sessionId;
    }

    static String fill(String template, MessageFields fields) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder message = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(message, Matcher.quoteReplacement(fields.valueOf(placeholder.group(1))));
        }
        return placeholder.appendTail(message).toString();
    }

    /** The placeholders a template names, allowed or not. */
    public static List<String> placeholdersIn(String template) {
        List<String> names = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return names;
    }

    /** Every kind has a subject, a body and an SMS text; every placeholder is an allowed field. */
    private static void check(String language, Properties words) {
        List<String> required = new ArrayList<>(FORMATS);
        required.addAll(PHRASES);
        for (NotificationKind kind : NotificationKind.values()) {
            String key = kind.name().toLowerCase(Locale.ROOT);
            required.addAll(List.of(key + ".subject", key + ".body", key + ".sms"));
        }
        for (String key : required) {
            String template = words.getProperty(key);
            if (template == null || template.isBlank()) {
                throw new IllegalStateException("The " + language + " templates have no '" + key + "'");
            }
            if (!FORMATS.contains(key)) {
                placeholdersIn(template).stream().filter(field -> !ALLOWED_FIELDS.contains(field)).findFirst()
                        .ifPresent(field -> {
                            throw new IllegalStateException("The " + language + " template '" + key + "' uses {"
                                    + field + "}, which is not one of the fields a message may show: " + ALLOWED_FIELDS);
                        });
            }
        }
    }

    private static Properties read(String resource) {
        try (InputStream in = MessageTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No templates at " + resource);
            }
            Properties words = new Properties();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return words;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
