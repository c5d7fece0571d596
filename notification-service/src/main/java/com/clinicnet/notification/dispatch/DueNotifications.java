package com.clinicnet.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.clinicnet.events.ErasedClient;
import com.clinicnet.events.NotificationFailedV1;
import com.clinicnet.events.NotificationSentV1;
import com.clinicnet.notification.channel.Channel;
import com.clinicnet.notification.channel.ChannelGateway;
import com.clinicnet.notification.channel.Channels;
import com.clinicnet.notification.channel.DeliveryRefused;
import com.clinicnet.notification.channel.OutgoingMessage;
import com.clinicnet.notification.channel.SendInDoubt;
import com.clinicnet.notification.contact.ClientContacts;
import com.clinicnet.notification.contact.Contact;
import com.clinicnet.notification.names.Names;
import com.clinicnet.notification.planning.NotificationKind;
import com.clinicnet.notification.planning.NotificationSchedule;
import com.clinicnet.notification.planning.NotificationState;
import com.clinicnet.notification.planning.ScheduledNotification;
import com.clinicnet.notification.planning.SessionStates;
import com.clinicnet.platform.tracing.TraceContexts;

/**
 * Sends one batch of due notifications in three steps. First, in one transaction, the batch is claimed (rows
 * another instance holds are skipped), each notification is checked against the session, the contact, quiet hours
 * and opt-out, and those to send are marked SENDING. Then each is handed to its channel outside any transaction.
 * Last, each outcome (SENT, FAILED or postponed) commits with its NotificationSent or NotificationFailed event.
 * Sends to different clients run side by side ({@code concurrent-sends}).
 * A process that stops between the first and the last step leaves SENDING rows; once their claim runs out they
 * are in doubt, and the provider is asked before anything is sent again.
 */
@Service
class DueNotifications implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DueNotifications.class);
    private static final long FIRST_VERSION = 1;
    private static final String SEND_SPAN = "notification send";
    private static final String IN_DOUBT_SPAN = "notification in doubt";

    private final NotificationSchedule schedule;
    private final SessionStates sessions;
    private final ClientContacts contacts;
    private final Names names;
    private final MessageTemplates templates;
    private final Channels channels;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final DispatchProperties properties;
    private final Clock clock;
    private final ExecutorService senders;
    private final NotificationMetrics metrics;
    private final TraceContexts traces;
    private final WebLinks links;
    private final SessionInvites invites = new SessionInvites();

    DueNotifications(NotificationSchedule schedule, SessionStates sessions, ClientContacts contacts,
            Names names, MessageTemplates templates, Channels channels, ApplicationEventPublisher events,
            TransactionTemplate transactions, DispatchProperties properties, NotificationMetrics metrics, TraceContexts traces,
            WebLinks links, Clock clock) {
        this.schedule = schedule;
        this.sessions = sessions;
        this.contacts = contacts;
        this.names = names;
        this.templates = templates;
        this.channels = channels;
        this.events = events;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        this.metrics = metrics;
        this.traces = traces;
        this.links = links;
        this.senders = Executors.newFixedThreadPool(properties.concurrentSends(),
                Thread.ofPlatform().name("notification-sender-", 1).factory());
    }

    /** Returns how many notifications were claimed, so the caller knows whether more may be waiting. */
    public int dispatchBatch() {
        List<Delivery> ready = new ArrayList<>();
        Integer claimed = transactions.execute(status -> {
            List<ScheduledNotification> due = schedule.claimDue(clock.instant(), properties.batchSize());
            due.forEach(notification -> prepare(notification).ifPresent(ready::add));
            return due.size();
        });
        sendAll(ready);
        return claimed == null ? 0 : claimed;
    }

    /**
     * Different clients' messages go out side by side, so one slow provider answer does not hold up the rest; one
     * client's messages go one after another, in the order they fell due (a confirmation before a change notice).
     */
    private void sendAll(List<Delivery> ready) {
        List<Callable<Void>> perClient = ready.stream()
                .collect(Collectors.groupingBy(delivery -> delivery.notification().clientId(), LinkedHashMap::new,
                        Collectors.toList()))
                .values().stream()
                .<Callable<Void>>map(deliveries -> () -> {
                    deliveries.forEach(this::deliver);
                    return null;
                })
                .toList();
        try {
            for (Future<Void> sent : senders.invokeAll(perClient)) {
                sent.get();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (ExecutionException e) {
            // the rows of what could not be recorded stay SENDING and are settled once their claim runs out
            throw new IllegalStateException("Recording the outcome of a send failed", e.getCause());
        }
    }

    @Override
    public void destroy() {
        senders.shutdownNow();
    }

    /** A confirmation, change or cancellation by email carries the session's calendar invite. */
    private OutgoingMessage withInvite(OutgoingMessage message, ScheduledNotification notification, Contact contact,
            Optional<String> clinic, Optional<String> therapist, Instant now) {
        Optional<String> location = clinic.map(name -> names.clinicAddress(notification.visit().clinicId())
                .map(address -> name + ", " + address).orElse(name));
        SessionInvites.Visited where = new SessionInvites.Visited(templates.inviteSummary(contact, clinic, therapist),
                location);
        long sequence = notification.sessionId() == null ? 0
                : sessions.versionOf(notification.sessionId()).orElse(FIRST_VERSION);
        return invites.of(notification, sequence, where, now).map(message::withInvite).orElse(message);
    }

    private List<OfferedTime> offeredTimes(ScheduledNotification notification) {
        if (notification.kind() != NotificationKind.DISRUPTION_NOTICE) {
            return List.of();
        }
        return schedule.offersOf(notification.id()).stream()
                .map(offer -> new OfferedTime(offer.startsAt().atZone(offer.clinicTimeZone()),
                        names.therapistFirstName(offer.therapistId()), names.clinicName(offer.clinicId())))
                .toList();
    }

    private Optional<Delivery> prepare(ScheduledNotification notification) {
        if (notification.state() == NotificationState.SENDING && settledWhileInDoubt(notification)) {
            return Optional.empty();
        }
        if (ErasedClient.ID.equals(notification.clientId())) {
            // its client was erased while it was being sent, and it was not delivered: there is nobody to write to
            schedule.markCancelled(notification.id(), null);
            metrics.cancelled(notification);
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (notification.isAboutTheComingSession()
                && !sessions.stillBookedAt(notification.sessionId(), notification.sessionStartsAt())) {
            // whatever order events and timers fired in, nothing goes out for a time that no longer holds
            schedule.markCancelled(notification.id(), "the session was cancelled or moved");
            metrics.cancelled(notification);
            return Optional.empty();
        }
        if (notification.isAboutTheComingSession() && !now.isBefore(notification.sessionStartsAt())) {
            schedule.markSkipped(notification.id(), "the session had already started");
            metrics.skipped(notification);
            return Optional.empty();
        }
        if (notification.hasExpiredAt(now)) {
            schedule.markSkipped(notification.id(), "what it offered had run out");
            metrics.skipped(notification);
            return Optional.empty();
        }
        Optional<Contact> contact = contacts.find(notification.clientId());
        if (contact.isEmpty()) {
            // the contact travels on another topic and may arrive after the session event
            schedule.postpone(notification.id(), now.plus(properties.retryAfter()), "contact not known yet");
            return Optional.empty();
        }
        return prepare(notification, contact.get(), now);
    }

    private Optional<Delivery> prepare(ScheduledNotification notification, Contact contact, Instant now) {
        Optional<Instant> quietUntil = contact.quietHours() == null ? Optional.empty()
                : contact.quietHours().endOfWindowContaining(now, contact.timeZone());
        if (quietUntil.isPresent()) {
            schedule.postpone(notification.id(), quietUntil.get(), "the client's quiet hours");
            return Optional.empty();
        }
        if (notification.kind().isReminder() && contact.remindersOptOut()) {
            schedule.markSkipped(notification.id(), "the client opted out of reminders");
            metrics.skipped(notification);
            return Optional.empty();
        }
        Optional<Channel> channel = Channel.toReach(contact);
        if (channel.isEmpty()) {
            schedule.markSkipped(notification.id(), "the client gave neither an email address nor a phone number");
            metrics.skipped(notification);
            return Optional.empty();
        }
        Optional<String> clinic = names.clinicName(notification.visit().clinicId());
        Optional<String> therapist = names.therapistFirstName(notification.visit().therapistId());
        OutgoingMessage message = templates.render(notification, channel.get(), contact, clinic, therapist,
                offeredTimes(notification), links.of(notification));
        if (channel.get() == Channel.EMAIL) {
            message = withInvite(message, notification, contact, clinic, therapist, now);
        }
        Instant claimedUntil = now.plus(properties.claimFor());
        schedule.markSending(notification.id(), channel.get(), claimedUntil);
        return Optional.of(new Delivery(notification, channel.get(), channel.get().addressOf(contact).orElseThrow(),
                message, claimedUntil));
    }

    /**
     * A send left in doubt by a stopped instance. True when nothing more is to be done now: the provider has it (it
     * is recorded as SENT), or the provider cannot be asked yet (it stays in doubt a while longer).
     */
    private boolean settledWhileInDoubt(ScheduledNotification notification) {
        return traces.continueTrace(notification.traceParent(), IN_DOUBT_SPAN, () -> settleInDoubt(notification));
    }

    private boolean settleInDoubt(ScheduledNotification notification) {
        Channel channel = notification.channel();
        try {
            ChannelGateway.Acceptance acceptance = channels.acceptanceOf(channel, notification.id());
            if (acceptance == ChannelGateway.Acceptance.ACCEPTED) {
                recordSent(notification, channel);
                return true;
            }
            return false;
        }
        catch (RuntimeException e) {
            log.warn("Cannot ask the {} provider about notification {} left in doubt ({}); asking again later",
                    channel, notification.id(), e.getClass().getSimpleName());
            schedule.stayInDoubtUntil(notification.id(), clock.instant().plus(properties.retryAfter()));
            return true;
        }
    }

    /** Within the trace of the event the notification was planned from. */
    private void deliver(Delivery delivery) {
        traces.continueTrace(delivery.notification().traceParent(), SEND_SPAN, () -> deliverInTrace(delivery));
    }

    private void deliverInTrace(Delivery delivery) {
        UUID id = delivery.notification().id();
        if (clock.instant().plus(channels.longestCall(delivery.channel())).isAfter(delivery.claimedUntil())) {
            // the claim could run out mid-send and another instance would send it too: give it back instead
            transactions.executeWithoutResult(status -> schedule.postpone(id, clock.instant(), "claim ran short"));
            return;
        }
        try {
            channels.send(delivery.channel(), delivery.address(), delivery.message(), id);
        }
        catch (DeliveryRefused refused) {
            transactions.executeWithoutResult(status -> recordFailed(delivery, refused.getMessage()));
            return;
        }
        catch (SendInDoubt inDoubt) {
            log.warn("The {} provider may or may not have notification {} ({}); asking it before sending again",
                    delivery.channel(), id, inDoubt.getMessage());
            transactions.executeWithoutResult(status -> schedule.stayInDoubtUntil(id,
                    clock.instant().plus(properties.retryAfter())));
            return;
        }
        catch (RuntimeException unavailable) {
            // the exception's text may quote the address: log its kind only
            log.warn("The {} provider did not take notification {} ({}); trying again later", delivery.channel(), id,
                    unavailable.getClass().getSimpleName());
            transactions.executeWithoutResult(status -> schedule.postpone(id,
                    clock.instant().plus(properties.retryAfter()),
                    delivery.channel().name().toLowerCase(Locale.ROOT) + " provider unavailable"));
            return;
        }
        transactions.executeWithoutResult(status -> recordSent(delivery.notification(), delivery.channel()));
    }

    private void recordSent(ScheduledNotification notification, Channel channel) {
        Instant sentAt = clock.instant();
        if (schedule.markSent(notification.id(), channel, sentAt)) {
            log.info("Notification {} ({} for session {}) sent by {}", notification.id(), notification.kind(),
                    notification.sessionId(), channel);
            metrics.sent(notification, channel, sentAt);
            events.publishEvent(new NotificationSentV1(UUID.randomUUID(), sentAt, notification.id(),
                    notification.clientId(), notification.sessionId(), notification.kind().name(), channel.name()));
        }
    }

    private void recordFailed(Delivery delivery, String reason) {
        ScheduledNotification notification = delivery.notification();
        if (schedule.markFailed(notification.id(), reason)) {
            log.warn("Notification {} ({} for session {}) refused by the {} provider: {}", notification.id(),
                    notification.kind(), notification.sessionId(), delivery.channel(), reason);
            metrics.failed(notification, delivery.channel());
            events.publishEvent(new NotificationFailedV1(UUID.randomUUID(), clock.instant(), notification.id(),
                    notification.clientId(), notification.sessionId(), notification.kind().name(),
                    delivery.channel().name(), reason));
        }
    }
}
