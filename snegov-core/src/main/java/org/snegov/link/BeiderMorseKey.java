package org.snegov.link;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.codec.EncoderException;
import org.apache.commons.codec.language.bm.BeiderMorseEncoder;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.RuleType;

/** Beider–Morse codes (commons-codec; approximate rules, generic names, at most 8 alternatives). Thread-safe. */
public final class BeiderMorseKey implements PhoneticKey {

    private static final ThreadLocal<BeiderMorseEncoder> ENCODER = ThreadLocal.withInitial(() -> {
        BeiderMorseEncoder encoder = new BeiderMorseEncoder();
        encoder.setNameType(NameType.GENERIC);
        encoder.setRuleType(RuleType.APPROX);
        encoder.setConcat(true);
        encoder.setMaxPhonemes(8);
        return encoder;
    });

    @Override
    public List<String> codes(String latin) {
        if (latin == null || latin.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(ENCODER.get().encode(latin).split("[|-]")).filter(s -> !s.isEmpty())
                    .distinct().sorted().toList();
        } catch (EncoderException | RuntimeException e) {
            // A name the rules cannot encode simply has no phonetic level; it is not an error of the data.
            return List.of();
        }
    }
}
