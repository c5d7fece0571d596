package com.clinicnet.platform.replylink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Maria's reminder carries a link to confirm her session; only that link, unaltered, stands for it. */
class ReplyLinksTests {

    private static final String KEY = "a-test-signing-key-of-at-least-32-bytes!";
    private static final Instant TEN_OCLOCK = Instant.parse("2026-12-10T10:00:00Z");
    private final ReplyLinks links = new ReplyLinks(KEY);
    private final ReplyLink confirm = ReplyLink.forSession(UUID.randomUUID(), UUID.randomUUID(), ReplyAction.CONFIRM,
            TEN_OCLOCK);

    @Test
    void a_signed_link_reads_back_as_the_same_link() {
        assertThat(links.read(links.sign(confirm))).contains(confirm);
    }

    @Test
    void a_link_signed_with_another_key_is_no_link() {
        String forged = new ReplyLinks("another-key-that-is-also-32-bytes-long").sign(confirm);

        assertThat(links.read(forged)).isEmpty();
    }

    @Test
    void a_link_whose_action_was_changed_is_no_link() {
        String token = links.sign(confirm);
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String altered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("CONFIRM", "CANCEL").getBytes()) + "." + parts[2];

        assertThat(links.read(altered)).isEmpty();
    }

    @Test
    void text_that_is_no_token_is_no_link() {
        assertThat(links.read("not-a-token")).isEmpty();
        assertThat(links.read("")).isEmpty();
    }

    @Test
    void a_link_works_until_its_session_starts() {
        assertThat(ReplyLinks.isValidAt(confirm, TEN_OCLOCK.minusSeconds(1))).isTrue();
        assertThat(ReplyLinks.isValidAt(confirm, TEN_OCLOCK)).isFalse();
    }

    @Test
    void a_short_key_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReplyLinks("short"));
    }
}
