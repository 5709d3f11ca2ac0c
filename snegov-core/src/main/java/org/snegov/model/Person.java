package org.snegov.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One human being: the records that describe them.
 *
 * @param id      the stable person id ("p" followed by hex digits)
 * @param records the records, oldest first; never empty
 */
public record Person(String id, List<SourceRecord> records) {

    /** A person id: "p" and 6 to 32 lower-case hex digits. Compiled once: an import makes a person per record. */
    private static final Pattern ID = Pattern.compile("p[0-9a-f]{6,32}");

    public Person {
        Objects.requireNonNull(id, "id");
        records = List.copyOf(records);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("person " + id + " has no record");
        }
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("person id must be 'p' and hex digits, was '" + id + "'");
        }
    }

    /**
     * The id of the person first made from record {@code recordId}: stable across rebuilds. 64 bits of the
     * record id's SHA-256, so that registries of millions of records do not meet a collision (40 bits did, at
     * one million: the birthday bound).
     */
    public static String idFor(String recordId) {
        return "p" + Source.sha256(recordId.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** The person's display name: the primary name of the first record. */
    public PersonName name() {
        return records.get(0).primaryName();
    }
}
