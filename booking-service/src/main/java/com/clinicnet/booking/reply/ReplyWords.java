package com.clinicnet.booking.reply;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.clinicnet.platform.replylink.ReplyAction;

/**
 * What a text reply to a reminder means, in English or Portuguese: C or X as the reminder asks, or the words for
 * them. Accents, case, spaces and punctuation do not matter ("Não!" is "NAO"); anything else means nothing.
 */
final class ReplyWords {

    private static final Set<String> CONFIRM = Set.of("C", "CONFIRM", "YES", "Y", "OK", "CONFIRMO", "CONFIRMAR",
            "SIM", "S");
    private static final Set<String> CANCEL = Set.of("X", "CANCEL", "NO", "N", "CANCELAR", "CANCELO", "NAO");

    private ReplyWords() {
    }

    static Optional<ReplyAction> meaningOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}]", "").toUpperCase(Locale.ROOT);
        if (CONFIRM.contains(word)) {
            return Optional.of(ReplyAction.CONFIRM);
        }
        return CANCEL.contains(word) ? Optional.of(ReplyAction.CANCEL) : Optional.empty();
    }
}
