package com.clinicnet.notification.sms;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import com.clinicnet.notification.channel.Channel;
import com.clinicnet.notification.channel.ChannelGateway;
import com.clinicnet.notification.channel.DeliveryRefused;
import com.clinicnet.notification.channel.OutgoingMessage;
import com.clinicnet.notification.channel.SendInDoubt;

/**
 * Sends SMS through a provider's HTTP API: a JSON POST with the number, the text and the notification id as
 * reference (also sent as Idempotency-Key, so a provider that honours it takes a repeated send once). A 4xx answer
 * (an invalid number, a refused text) fails the notification for good, except 408 and 429, which pass; 5xx and
 * network errors are transient.
 */
@Component
@EnableConfigurationProperties(SmsProperties.class)
class HttpSmsGateway implements ChannelGateway {

    /** A provider's error code is quoted in the failure reason only when it looks like a code, not free text. */
    private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    private final RestClient provider;
    private final SmsProperties properties;

    HttpSmsGateway(RestClient.Builder builder, SmsProperties properties) {
        // HTTP/1.1: an h2c upgrade on a plain connection is cancelled by some servers mid-request
        // the client's own work (writing bodies, reading answers) on virtual threads rather than a new OS thread each
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(properties.connectTimeout())
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build());
        requests.setReadTimeout(properties.readTimeout());
        this.provider = builder.requestFactory(requests)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.apiKey())
                .build();
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(String phone, OutgoingMessage message, UUID notificationId) {
        try {
            provider.post().uri(properties.url())
                    .contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", notificationId.toString())
                    .body(Map.of("from", properties.sender(), "to", phone, "text", message.body(),
                            "reference", notificationId.toString()))
                    .retrieve()
                    .toBodilessEntity();
        }
        catch (HttpClientErrorException refused) {
            if (passing(refused.getStatusCode().value())) {
                throw refused;
            }
            throw new DeliveryRefused("SMS provider refused the message: HTTP " + refused.getStatusCode().value()
                    + errorCodeOf(refused).map(code -> " " + code).orElse(""));
        }
        catch (ResourceAccessException noAnswer) {
            if (neverConnected(noAnswer)) {
                throw noAnswer;
            }
            throw new SendInDoubt("The SMS provider did not answer", noAnswer);
        }
    }

    @Override
    public boolean remembersSends() {
        return true;
    }

    /** No connection was made, so the provider cannot have the message: it is safe to send it again. */
    private static boolean neverConnected(ResourceAccessException noAnswer) {
        Throwable cause = noAnswer.getCause();
        return cause instanceof java.net.ConnectException || cause instanceof java.net.http.HttpConnectTimeoutException
                || cause instanceof java.net.UnknownHostException;
    }

    @Override
    public Acceptance acceptanceOf(UUID notificationId) {
        try {
            provider.get().uri(properties.url() + "/{reference}", notificationId).retrieve().toBodilessEntity();
            return Acceptance.ACCEPTED;
        }
        catch (HttpClientErrorException.NotFound unknown) {
            return Acceptance.NOT_ACCEPTED;
        }
    }

    private static boolean passing(int status) {
        return status == HttpStatus.REQUEST_TIMEOUT.value() || status == HttpStatus.TOO_MANY_REQUESTS.value();
    }

    private static Optional<String> errorCodeOf(HttpClientErrorException refused) {
        try {
            ProviderError error = refused.getResponseBodyAs(ProviderError.class);
            return Optional.ofNullable(error).map(ProviderError::error)
                    .filter(code -> ERROR_CODE.matcher(code).matches());
        }
        catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    record ProviderError(String error) {
    }
}
