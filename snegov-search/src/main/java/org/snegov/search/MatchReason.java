package org.snegov.search;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.snegov.names.NameTransliteration;

/**
 * Why one word of a query matched a person, as data, so that each interface can say it in its own language:
 * what was asked, what of the person's names or places it matched, and by which evidence. {@link #text()} says it
 * in English, as the API and the CLI always have: "Snegow ≈ Снегов: German transliteration".
 *
 * @param kind    the evidence
 * @param asked   the word of the query, as typed
 * @param found   the word of the person's names, or the place as written, that it matched
 * @param detail  the given-name group for {@link Kind#GIVEN_NAME_VARIANT}, the place's modern name for
 *                {@link Kind#SAME_PLACE} and {@link Kind#FORMER_PLACE_NAME}; otherwise null
 * @param systems for {@link Kind#TRANSLITERATION}, every system under which {@code found} reads as {@code asked},
 *                in the order the tables list them; otherwise empty
 */
public record MatchReason(Kind kind, String asked, String found, String detail, List<NameTransliteration> systems) {

    /** How many systems {@link #text()} names before saying "and N more". */
    public static final int SYSTEMS_NAMED = 3;

    /** The kinds of evidence, strongest first, as {@link QueryBuilder} weighs them. */
    public enum Kind {
        /** The word is spelled exactly as in the record. */
        EXACT,
        /** The same letters, differing in case or diacritics ("снегов" for "Снегов"). */
        SAME_LETTERS,
        /** A one-letter word matched the initial of a given name or patronymic. */
        INITIAL,
        /** The word is how the record's name reads under one or more transliteration systems. */
        TRANSLITERATION,
        /** The same name in another spelling (the same canonical key), no single system explaining it. */
        OTHER_SPELLING,
        /** Another reading of the spelling, no single system explaining it. */
        OTHER_READING,
        /** A variant of the same given name ("Alexis" for "Алексей"). */
        GIVEN_NAME_VARIANT,
        /** The feminine form of the surname asked for ("Снегова" for "Снегов"). */
        FEMININE_FORM,
        /** The masculine form of the surname asked for. */
        MASCULINE_FORM,
        /** The names sound alike under Beider–Morse phonetic matching. */
        SOUNDS_ALIKE,
        /** The place is written as asked. */
        SAME_PLACE_TEXT,
        /** The same place under another spelling or language. */
        SAME_PLACE,
        /** The place asked for is the modern name of a place the record gives under a former name, or conversely. */
        FORMER_PLACE_NAME
    }

    public MatchReason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(found, "found");
        systems = systems == null ? List.of() : List.copyOf(systems);
    }

    /** A reason without detail or systems. */
    public static MatchReason of(Kind kind, String asked, String found) {
        return new MatchReason(kind, asked, found, null, List.of());
    }

    /** The reason in English: "Snegow ≈ Снегов: German transliteration", "Kiev = Киев: same place (Kiev)". */
    public String text() {
        return switch (kind) {
            case EXACT -> asked + ": exact";
            case SAME_LETTERS -> asked + " = " + found + ": same letters";
            case INITIAL -> asked + ". = " + found + ": initial";
            case TRANSLITERATION -> asked + " ≈ " + found + ": " + systems.stream().limit(SYSTEMS_NAMED)
                    .map(NameTransliteration::label).collect(Collectors.joining(", "))
                    + (systems.size() > SYSTEMS_NAMED ? " and " + (systems.size() - SYSTEMS_NAMED) + " more" : "");
            case OTHER_SPELLING -> asked + " ≈ " + found + ": same name in another spelling";
            case OTHER_READING -> asked + " ≈ " + found + ": another reading of the spelling";
            case GIVEN_NAME_VARIANT -> asked + " ≈ " + found + ": variant of the given name " + detail;
            case FEMININE_FORM -> asked + " ~ " + found + ": feminine form of the surname";
            case MASCULINE_FORM -> asked + " ~ " + found + ": masculine form of the surname";
            case SOUNDS_ALIKE -> asked + " ≈ " + found + ": sounds alike (Beider–Morse)";
            case SAME_PLACE_TEXT -> asked + " = " + found + ": same place";
            case SAME_PLACE -> asked + " = " + found + ": same place (" + detail + ")";
            case FORMER_PLACE_NAME -> asked + " = " + found + ": former name of " + detail;
        };
    }

    @Override
    public String toString() {
        return text();
    }
}
