package org.snegov.app.service;

import java.util.List;
import org.snegov.model.Evidence;
import org.snegov.model.FactKind;
import org.snegov.model.Mention;
import org.snegov.model.PartialDate;
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
 * @param records   the records that make up this person, oldest first
 * @param links     the machine links between those records
 * @param conflicts values the records disagree on, side by side
 * @param facts     other claims (nationality, party, occupation, address, burial place, sentencing body…)
 */
public record PersonView(Person person, List<PersonName> names, Vital birth, Vital death,
                         List<TimelineEntry> timeline, List<Mention> mentions, List<Relation> relations,
                         List<SourceRef> sources, List<RecordRef> records, List<LinkRef> links,
                         List<Conflict> conflicts, List<FactRef> facts) {

    public PersonView {
        names = List.copyOf(names);
        timeline = List.copyOf(timeline);
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        sources = List.copyOf(sources);
        records = List.copyOf(records);
        links = List.copyOf(links);
        conflicts = List.copyOf(conflicts);
        facts = List.copyOf(facts);
    }

    /**
     * A source of one of the person's records.
     *
     * @param id   the SHA-256
     * @param name the file name
     */
    public record SourceRef(String id, String name) {
    }

    /**
     * One record of the person.
     *
     * @param id         the record id
     * @param sourceId   its source
     * @param sourceName its source's file name
     * @param producer   the reader that made it, with its version
     * @param name       its primary name as written
     * @param birthDate  its birth date, or null
     * @param birthPlace its birthplace as written, or null
     * @param evidence   where its name is written
     */
    public record RecordRef(String id, String sourceId, String sourceName, String producer, String name,
                            PartialDate birthDate, String birthPlace, Evidence evidence) {
    }

    /**
     * A machine link between two of the person's records.
     *
     * @param left        one record id
     * @param right       the other
     * @param weight      the total match weight (log2 odds)
     * @param probability the match probability
     * @param kind        same, maybe or different
     * @param fields      each field's part in the link, as the linker scored it; empty when not recorded
     */
    public record LinkRef(String left, String right, double weight, double probability, String kind,
                          List<FieldShare> fields) {

        public LinkRef {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One field's part in a link.
     *
     * @param field  the compared field (surname, given name, birth date…)
     * @param level  how the two values agree (exact, transliterated, same_reading, missing…)
     * @param weight its match weight in log2 odds, term-frequency adjustment included
     */
    public record FieldShare(String field, String level, double weight) {

        /** Parses the stored form, {@code field:level:weight:tf} entries joined by {@code ;}; null gives none. */
        public static List<FieldShare> parse(String stored) {
            if (stored == null || stored.isBlank()) {
                return List.of();
            }
            List<FieldShare> out = new java.util.ArrayList<>();
            for (String entry : stored.split(";")) {
                String[] p = entry.split(":");
                if (p.length == 4) {
                    try {
                        out.add(new FieldShare(p[0], p[1],
                                Math.round((Double.parseDouble(p[2]) + Double.parseDouble(p[3])) * 100) / 100.0));
                    } catch (NumberFormatException e) {
                        // a damaged entry is left out; the link's total stays shown
                    }
                }
            }
            return out;
        }
    }

    /**
     * One field the records disagree on.
     *
     * @param field  {@code birth.date}, {@code birth.place}, {@code death.date} or {@code death.place}
     * @param values each distinct value with the record stating it, in record order
     */
    public record Conflict(String field, List<ConflictValue> values) {

        public Conflict {
            values = List.copyOf(values);
        }
    }

    /**
     * One side of a conflict.
     *
     * @param value      the value as stated
     * @param recordId   the record stating it
     * @param sourceId   its source
     * @param sourceName its source's file name
     * @param evidence   where it is stated
     */
    public record ConflictValue(String value, String recordId, String sourceId, String sourceName,
                                Evidence evidence) {
    }

    /**
     * A claim beyond names, vitals and events.
     *
     * @param kind       what it states
     * @param value      the value as written
     * @param sourceId   its source
     * @param sourceName its source's file name
     * @param evidence   where it is written
     */
    public record FactRef(FactKind kind, String value, String sourceId, String sourceName, Evidence evidence) {
    }

    /** The name record {@code recordId} gives, with its source, for a sentence about it; the id when unknown. */
    public String recordName(String recordId) {
        return records.stream().filter(r -> r.id().equals(recordId)).findFirst()
                .map(r -> r.name() + " (" + r.sourceName() + ")").orElse(recordId);
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
