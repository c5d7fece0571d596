package com.clinicnet.notification.dispatch;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One thread per instance that sends what is due, batch after batch until nothing is left, then waits: for the
 * signal that something due now was planned, or at most {@code poll-every} (reminders fall due by the clock, and
 * other instances plan too). One thread keeps one client's messages in the order they fell due.
 */
@Component
class NotificationDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    /** How long a stop waits for the round in progress to record its outcomes before interrupting it. */
    private static final Duration FINISH_ROUND_WITHIN = Duration.ofSeconds(10);

    private final DueNotifications due;
    private final DispatchProperties properties;
    private final DispatchSignal signal;
    private final Duration pollEvery;
    private volatile boolean running;
    private Thread loop;

    NotificationDispatcher(DueNotifications due, DispatchProperties properties, DispatchSignal signal,
            @Value("${clinicnet.notifications.poll-every}") Duration pollEvery) {
        this.due = due;
        this.properties = properties;
        this.signal = signal;
        this.pollEvery = pollEvery;
    }

    void dispatchDue() {
        while (due.dispatchBatch() == properties.batchSize()) {
            // a full batch means more may be due right now
        }
    }

    private void dispatchUntilStopped() {
        while (running) {
            try {
                dispatchDue();
            }
            catch (RuntimeException e) {
                // the database or a provider failed this round; the rows say what is left, the next round goes on
                log.warn("A dispatch round failed ({}); trying again at the next poll", e.getClass().getSimpleName(), e);
            }
            try {
                signal.awaitSignal(pollEvery);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void start() {
        running = true;
        loop = Thread.ofPlatform().name("notification-dispatcher").start(this::dispatchUntilStopped);
    }

    @Override
    public void stop() {
        running = false;
        signal.interruptWait();
        try {
            loop.join(FINISH_ROUND_WITHIN.toMillis());
            if (loop.isAlive()) {
                loop.interrupt();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
