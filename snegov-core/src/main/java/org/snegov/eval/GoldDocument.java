package org.snegov.eval;

import java.util.List;
import java.util.Objects;

/**
 * What a careful reader finds in one biography.
 *
 * @param slug       the document's name ("alexei-snegov")
 * @param name       the subject's name
 * @param nativeName the name in the subject's script, or null
 * @param birth      the birth, or null when the text states none
 * @param death      the death, or null when the text states none
 * @param events     the events; may be empty, never null
 * @param people     the other people named; may be empty, never null
 */
public record GoldDocument(String slug, String name, String nativeName, GoldVital birth, GoldVital death,
                           List<GoldEvent> events, List<String> people) {

    public GoldDocument {
        Objects.requireNonNull(slug, "slug");
        events = List.copyOf(events);
        people = List.copyOf(people);
    }
}
