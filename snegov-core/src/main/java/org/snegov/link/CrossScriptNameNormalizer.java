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

    @Override
    public NormalizedName normalize(String raw) {
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
}
