package com.clinicnet.web.live;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The browsers watching each clinic's day, as server-sent event streams. A change is told as a bare "changed": the
 * browser fetches the day again with the person's own token, so nothing personal travels on the stream.
 */
@Component
public class ClinicDayWatchers {

    static final String CHANGED = "changed";
    static final String CONNECTED = "connected";
    static final String WAITING = "waiting";

    private final Map<UUID, Set<SseEmitter>> watchers = new ConcurrentHashMap<>();
    private volatile boolean feedUp;

    /** A new watcher of the clinic's day, forgotten when its stream ends. */
    SseEmitter watch(UUID clinicId, SseEmitter stream) {
        Set<SseEmitter> ofClinic = watchers.computeIfAbsent(clinicId, clinic -> ConcurrentHashMap.newKeySet());
        ofClinic.add(stream);
        Runnable forget = () -> ofClinic.remove(stream);
        stream.onCompletion(forget);
        stream.onTimeout(forget);
        stream.onError(failure -> forget.run());
        // the first event tells the page whether changes reach it yet (and makes the response start at once)
        String state = feedUp ? CONNECTED : WAITING;
        send(stream, SseEmitter.event().name(state).data(state), ofClinic);
        return stream;
    }

    /** The web now reads booking.sessions: every page watching hears that it is live. */
    void feedIsUp() {
        feedUp = true;
        watchers.values().forEach(ofClinic -> ofClinic.forEach(stream -> send(stream,
                SseEmitter.event().name(CONNECTED).data(CONNECTED), ofClinic)));
    }

    /** Tells every browser watching the clinic that its day changed; {@code changeId} lets a reader tell changes apart. */
    void changed(UUID clinicId, String changeId) {
        Set<SseEmitter> ofClinic = watchers.getOrDefault(clinicId, Set.of());
        for (SseEmitter stream : ofClinic) {
            SseEmitter.SseEventBuilder event = SseEmitter.event().name(CHANGED).data(CHANGED);
            send(stream, changeId == null ? event : event.id(changeId), ofClinic);
        }
    }

    /**
     * Ends every stream as this instance shuts down: the server's graceful shutdown waits for open responses, and a
     * stream never ends on its own; the browsers reconnect (to another instance, or to this one once it is back).
     */
    @EventListener(ContextClosedEvent.class)
    void endEveryStream() {
        watchers.values().forEach(ofClinic -> {
            ofClinic.forEach(SseEmitter::complete);
            ofClinic.clear();
        });
    }

    int watching(UUID clinicId) {
        return watchers.getOrDefault(clinicId, Set.of()).size();
    }

    private static void send(SseEmitter stream, SseEmitter.SseEventBuilder event, Set<SseEmitter> ofClinic) {
        try {
            stream.send(event);
        }
        catch (IOException | IllegalStateException gone) {
            // the browser went away (tab closed, network lost): it reconnects on its own if it is still there
            ofClinic.remove(stream);
            stream.completeWithError(gone);
        }
    }
}
