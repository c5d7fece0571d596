package com.clinicnet.testsupport;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The SMS provider as a WireMock extension: it remembers every message it received, by reference, as soon as the
 * request arrives (whether or not the sender waits for the answer), and answers {@code GET /sms/<reference>} with
 * 200 when it has that message and 404 when not, as a provider's status API does.
 */
public final class RememberingSmsProvider implements ServeEventListener, ResponseDefinitionTransformerV2 {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final String STATUS_PATH = "/sms/";

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    @Override
    public String getName() {
        return "remembering-sms-provider";
    }

    @Override
    public void afterMatch(ServeEvent event, Parameters parameters) {
        if (event.getRequest().getMethod().getName().equals("POST") && event.getRequest().getUrl().equals("/sms")) {
            Matcher reference = REFERENCE.matcher(event.getRequest().getBodyAsString());
            if (reference.find()) {
                received.add(reference.group(1));
                known.add(reference.group(1));
            }
        }
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        String url = event.getRequest().getUrl();
        if (!event.getRequest().getMethod().getName().equals("GET") || !url.startsWith(STATUS_PATH)) {
            return event.getResponseDefinition();
        }
        boolean has = known.contains(url.substring(STATUS_PATH.length()));
        return ResponseDefinitionBuilder.responseDefinition().withStatus(has ? 200 : 404)
                .withBody(has ? "{\"status\":\"accepted\"}" : "").build();
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    /** Every reference received, in order, repeats included. */
    public List<String> received() {
        return List.copyOf(received);
    }
}
