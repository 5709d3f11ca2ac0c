package org.snegov.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.snegov.names.GivenNameGroups;
import org.snegov.names.NameKeys;

/**
 * The {@link NameNormalizer} of the names module: the plain forms of {@link TransliteratingNameNormalizer}, plus
 * the cross-script keys of {@link NameKeys} (the value's canonical key first, then the keys of its Cyrillic
 * readings under every transliteration system, so that Tcheriomoukhine, Czeriomuchin and Черёмухин meet) and its
 * given-name groups from {@link GivenNameGroups#standard()} (Алексей, Алёша, Aleksy, Олексій). Pure and thread-safe.
 */
public final class CrossScriptNameNormalizer implements NameNormalizer {

    private final TransliteratingNameNormalizer plain = new TransliteratingNameNormalizer();
    private final GivenNameGroups groups;

    /** A normaliser with the standard given-name groups. */
    public CrossScriptNameNormalizer() {
        this(GivenNameGroups.standard());
    }

    public CrossScriptNameNormalizer(GivenNameGroups groups) {
        this.groups = groups;
    }

    /** The plain forms and the value's own canonical key: no readings under other systems, no groups (cheap). */
    @Override
    public NormalizedName quick(String value) {
        String raw = ocrDigits(value);
        NormalizedName base = plain.normalize(raw);
        if (base.initial() || base.latin().isEmpty()) {
            return base;
        }
        String own = NameKeys.canonical(raw);
        return new NormalizedName(base.written(), base.latin(), base.folded(), base.skeleton(), false,
                own.isEmpty() ? List.of() : List.of(own), List.of());
    }

    @Override
    public NormalizedName normalize(String value) {
        String raw = ocrDigits(value);
        NormalizedName base = plain.normalize(raw);
        if (base.initial() || base.latin().isEmpty()) {
            return base;
        }
        String own = NameKeys.canonical(raw);
        List<String> readings = new ArrayList<>();
        if (!own.isEmpty()) {
            readings.add(own);
            List<String> words = NameKeys.words(raw);
            if (words.size() == 1) {
                Set<String> others = new TreeSet<>(NameKeys.readings(words.get(0)));
                others.remove(own);
                readings.addAll(others);
            }
        }
        List<String> ids = List.copyOf(new TreeSet<>(groups.groupsOf(raw)));
        return new NormalizedName(base.written(), base.latin(), base.folded(), base.skeleton(), false, readings, ids);
    }

    /**
     * A name read by OCR may carry a zero for the letter O (П0пов, Ivan0v): a 0 next to a letter is read as the O of
     * that letter's script. Names have no digits, so nothing else changes.
     */
    static String ocrDigits(String value) {
        if (value.indexOf('0') < 0) {
            return value;
        }
        StringBuilder b = new StringBuilder(value);
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) != '0') {
                continue;
            }
            char near = i > 0 && Character.isLetter(b.charAt(i - 1)) ? b.charAt(i - 1)
                    : i + 1 < b.length() && Character.isLetter(b.charAt(i + 1)) ? b.charAt(i + 1) : 0;
            if (near != 0) {
                boolean cyrillic = Character.UnicodeBlock.of(near) == Character.UnicodeBlock.CYRILLIC;
                boolean upper = i == 0 || !Character.isLetter(b.charAt(i - 1));
                b.setCharAt(i, cyrillic ? (upper ? 'О' : 'о') : (upper ? 'O' : 'o'));
            }
        }
        return b.toString();
    }
}
