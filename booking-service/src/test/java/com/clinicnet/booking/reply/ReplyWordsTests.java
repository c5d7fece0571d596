package com.clinicnet.booking.reply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.clinicnet.platform.replylink.ReplyAction;

/** Clients answer a reminder's "reply C to confirm or X to cancel" in their own way. */
class ReplyWordsTests {

    @ParameterizedTest
    @ValueSource(strings = { "C", "c", " C ", "c.", "Confirm", "yes", "SIM", "Sim!", "s", "confirmo", "Confirmar" })
    void a_yes_in_english_or_portuguese_confirms(String text) {
        assertThat(ReplyWords.meaningOf(text)).contains(ReplyAction.CONFIRM);
    }

    @ParameterizedTest
    @ValueSource(strings = { "X", "x", "cancel", "No", "Não", "NAO", "não!", "cancelar", "n" })
    void a_no_in_english_or_portuguese_cancels(String text) {
        assertThat(ReplyWords.meaningOf(text)).contains(ReplyAction.CANCEL);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "maybe", "talvez", "C X", "what time is it?", "123", "🙂" })
    void anything_else_means_nothing(String text) {
        assertThat(ReplyWords.meaningOf(text)).isEmpty();
    }
}
