package org.snegov.app.service;

import java.util.List;
import org.snegov.model.Mention;
import org.snegov.model.Person;
import org.snegov.model.PersonName;
import org.snegov.model.Relation;
import org.snegov.model.Vital;

/**
 * Everything a person page shows.
 *
 * @param person    the person with their records
 * @param names     every name form of every record, without repeats
 * @param birth     the birth from the first record that gives one, or null
 * @param death     the death from the first record that gives one, or null
 * @param timeline  events in date order (undated ones stay after the event before them in the text)
 * @param mentions  people named in the sources
 * @param relations relations to them
 * @param sources   the sources of the records, first record first
 */
public record PersonView(Person person, List<PersonName> names, Vital birth, Vital death,
                         List<TimelineEntry> timeline, List<Mention> mentions, List<Relation> relations,
                         List<SourceRef> sources) {

    /**
     * A source of one of the person's records.
     *
     * @param id   the SHA-256
     * @param name the file name
     */
    public record SourceRef(String id, String name) {
    }

    public String id() {
        return person.id();
    }

    public String name() {
        return person.name().full();
    }

    /** The native-script name, or null. */
    public String nativeName() {
        return person.records().stream().flatMap(r -> r.nativeName().stream()).map(PersonName::full)
                .findFirst().orElse(null);
    }
}
