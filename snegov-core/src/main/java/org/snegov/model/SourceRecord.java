package org.snegov.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One person as one source describes them: every claim with its evidence.
 *
 * @param id            stable and derived from the source and the position in it, so a re-read gives the same id
 * @param sourceId      the {@link Source#id()} it was read from
 * @param producer      the reader or extractor that made it, with its version ("biography-extractor/1")
 * @param names         the subject's names, the {@link NameKind#PRIMARY} one first; never empty
 * @param birth         birth, or null
 * @param death         death, or null
 * @param events        life events in text order; may be empty, never null
 * @param mentions      other people named; may be empty, never null
 * @param relations     relations to them; may be empty, never null
 */
public record SourceRecord(String id, String sourceId, String producer, List<PersonName> names, Vital birth,
                           Vital death, List<LifeEvent> events, List<Mention> mentions, List<Relation> relations) {

    public SourceRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(producer, "producer");
        names = List.copyOf(names);
        events = List.copyOf(events);
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("record " + id + " has no name");
        }
    }

    /** The id of the {@code index}-th record (0-based) read from source {@code sourceId}. */
    public static String idFor(String sourceId, int index) {
        return "r" + sourceId.substring(0, 12) + "-" + index;
    }

    /** The name the source uses for its subject. */
    public PersonName primaryName() {
        return names.stream().filter(n -> n.kind() == NameKind.PRIMARY).findFirst().orElse(names.get(0));
    }

    /** The name in the person's own script, if the source gives one. */
    public Optional<PersonName> nativeName() {
        return names.stream().filter(n -> n.kind() == NameKind.NATIVE).findFirst();
    }
}
