package org.snegov.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.snegov.model.Person;

/** Persons: which records describe one human being. */
public interface PersonRepository {

    /** Creates person {@code personId} made of {@code recordIds}, none of which may belong to a person yet. */
    void add(String personId, List<String> recordIds, Instant createdAt);

    /** The person with their records, or empty. */
    Optional<Person> find(String personId);

    /** The person a record belongs to, or empty. */
    Optional<String> personOf(String recordId);

    /** Every person with records, in the order their first records were stored (sources by import time). */
    List<String> ids();
}
