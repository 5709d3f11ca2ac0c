package org.snegov.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Record linkage in the store: the records' comparable values, machine links, human decisions, person membership
 * changes with redirects, and the runs. Pairs are always stored with {@code left < right}.
 */
public interface LinkRepository {

    /** A record's values for linkage: its primary name's parts and its birth. Missing values are null. */
    record LinkableRecord(String id, String sourceId, String surname, String given, String patronymic,
                          String birthDate, String birthPlace) {
    }

    /**
     * A machine link; {@code fields} is its per-field explanation as {@code field:level:weight:tf} entries joined
     * by {@code ;}, or null.
     */
    record StoredLink(String left, String right, double weight, double probability, String kind, String fields) {

        /** A link without its per-field explanation. */
        public StoredLink(String left, String right, double weight, double probability, String kind) {
            this(left, right, weight, probability, kind, null);
        }
    }

    /** A human decision; {@code retractedAt} is null while it stands. */
    record Decision(String id, String left, String right, String verdict, String author, String note,
                    Instant decidedAt, Instant retractedAt) {
    }

    /** A linkage run. */
    record Run(String id, Instant startedAt, String producer, int records, int focusRecords, long candidatePairs,
               int links, int personsChanged) {
    }

    /** Every record with its linkage values, in record id order. */
    List<LinkableRecord> linkable();

    /** Record id to person id, for every record that belongs to a person. */
    Map<String, String> membership();

    /** Person id to creation time, for every person. */
    Map<String, Instant> personsCreated();

    /** Ids of records an earlier run has seen. */
    List<String> linkedRecordIds();

    /** The latest run, or empty. */
    Optional<Run> lastRun();

    /** Records a run and marks {@code recordIds} as seen by it. */
    void addRun(Run run, Collection<String> recordIds);

    /** Replaces the links touching any of {@code recordIds} with {@code links}. */
    void replaceLinks(Collection<String> recordIds, List<StoredLink> links, String producer, String runId);

    /** Links of kind {@code maybe}, most probable first, at most {@code limit}. */
    List<StoredLink> maybeLinks(int limit);

    /** The stored link of a pair, or empty. */
    Optional<StoredLink> link(String left, String right);

    /** Adds a decision. */
    void addDecision(Decision decision);

    /** Marks a decision retracted; false when there is no such standing decision. */
    boolean retractDecision(String id, Instant at);

    /** Every standing decision, oldest first. */
    List<Decision> decisions();

    /**
     * Moves records to persons: for each entry record → person, the person is created if absent (at {@code at})
     * and the record's membership replaced. Persons left without records are removed and redirected as given.
     */
    void reassign(Map<String, String> recordToPerson, Map<String, String> redirects, Instant at);

    /** Where a person id leads now: itself when it is a live person, its redirect target (followed), or empty. */
    Optional<String> resolvePerson(String personId);
}
