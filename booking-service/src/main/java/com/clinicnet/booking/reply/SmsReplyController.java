package com.clinicnet.booking.reply;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.clinicnet.platform.problem.BadRequestException;
import com.clinicnet.platform.problem.UnauthorizedException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SMS provider's inbound webhook: a client's text in reply to a reminder. */
@Tag(name = "Replies", description = "Clients answering their reminders without signing in")
@RestController
@EnableConfigurationProperties(ReplyProperties.class)
class SmsReplyController {

    static final String SIGNATURE = "X-ClinicNet-Signature";

    private final SessionReplies replies;
    private final WebhookSignature signature;
    private final JsonMapper json;

    SmsReplyController(SessionReplies replies, ReplyProperties properties, JsonMapper json) {
        this.replies = replies;
        this.signature = new WebhookSignature(properties.smsWebhookSecret());
        this.json = json;
    }

    @Operation(summary = "A text message a client sent in reply to a reminder (the SMS provider's webhook)",
            description = "JSON {\"from\": \"+351...\", \"text\": \"C\"}, signed by the provider in the "
                    + SIGNATURE + " header (sha256=<hex HMAC-SHA256 of the body>). C (SIM) confirms and X (NÃO) "
                    + "cancels the next session of the one client with that number; anything else changes nothing.")
    @SecurityRequirements
    @ApiResponse(responseCode = "200", description = "What the text did")
    @ApiResponse(responseCode = "400", description = "No from or text")
    @PostMapping(path = "/sms/replies", consumes = "application/json")
    TextResponse reply(@RequestHeader(name = SIGNATURE, required = false) String signed, @RequestBody byte[] body) {
        if (!signature.matches(body, signed)) {
            throw new UnauthorizedException("The message is not signed by the SMS provider");
        }
        JsonNode message = parsed(body);
        return new TextResponse(replies.replyByText(required(message, "from"), required(message, "text")));
    }

    private JsonNode parsed(byte[] body) {
        try {
            return json.readTree(body);
        }
        catch (JacksonException unreadable) {
            throw new BadRequestException("from", "The body is not a JSON message");
        }
    }

    private static String required(JsonNode message, String field) {
        JsonNode value = message.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new BadRequestException(field, "Required");
        }
        return value.asString().strip();
    }

    record TextResponse(ReplyOutcome outcome) {
    }
}
