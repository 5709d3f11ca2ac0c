package org.snegov.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.snegov.model.Person;
import org.snegov.model.SourceRecord;

final class JdbiPersonRepository implements PersonRepository {

    private final Handle handle;
    private final RecordRepository records;

    JdbiPersonRepository(Handle handle, RecordRepository records) {
        this.handle = handle;
        this.records = records;
    }

    @Override
    public void add(String personId, List<String> recordIds, Instant createdAt) {
        handle.createUpdate("INSERT INTO persons (id, created_at) VALUES (:id, :at)")
                .bind("id", personId).bind("at", createdAt.toString()).execute();
        PreparedBatch batch = handle.prepareBatch("INSERT INTO person_records (record_id, person_id) VALUES (:r, :p)");
        recordIds.forEach(r -> batch.bind("r", r).bind("p", personId).add());
        batch.execute();
    }

    @Override
    public Optional<Person> find(String personId) {
        List<String> recordIds = handle.createQuery("""
                SELECT pr.record_id FROM person_records pr
                JOIN records r ON r.id = pr.record_id JOIN sources s ON s.id = r.source_id
                WHERE pr.person_id = :p ORDER BY s.imported_at, r.source_id, r.position""")
                .bind("p", personId).mapTo(String.class).list();
        if (recordIds.isEmpty()) {
            return Optional.empty();
        }
        List<SourceRecord> loaded = recordIds.stream().map(id -> records.find(id).orElseThrow()).toList();
        return Optional.of(new Person(personId, loaded));
    }

    @Override
    public Optional<String> personOf(String recordId) {
        return handle.createQuery("SELECT person_id FROM person_records WHERE record_id = :r")
                .bind("r", recordId).mapTo(String.class).findOne();
    }

    @Override
    public List<String> ids() {
        // In the order their records were stored (as a person is read, and as the import indexed them): an index
        // rebuilt in this order keeps a list's neighbours together. A person appears at its first record.
        return List.copyOf(new java.util.LinkedHashSet<>(handle.createQuery("""
                SELECT pr.person_id FROM person_records pr
                JOIN records r ON r.id = pr.record_id JOIN sources s ON s.id = r.source_id
                ORDER BY s.imported_at, r.source_id, r.position""").mapTo(String.class).list()));
    }
}
