package org.snegov.app.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.snegov.model.Person;
import org.snegov.model.Source;
import org.snegov.model.SourceRecord;
import org.snegov.read.ReadResult;
import org.snegov.read.SourceReader;
import org.snegov.search.PersonDocument;
import org.snegov.search.PersonIndexer;
import org.snegov.store.StoreException;

/**
 * Imports files into the registry: stores each source verbatim once, reads it, and stores its records, issues
 * and a person per record in one transaction, then indexes the new persons.
 */
public final class ImportService {

    private final Registry registry;
    private final Clock clock;

    public ImportService(Registry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Imports {@code file} with the reader called {@code readerName}. Importing the same bytes again, under
     * any name, changes nothing and says so.
     *
     * @throws RegistryException {@link Failure#NOT_FOUND} for a missing file, {@link Failure#BAD_DATA} when the
     *                           reader finds no record in it (then nothing is stored), {@link Failure#ENVIRONMENT}
     *                           when it cannot be read or stored
     */
    public ImportOutcome importFile(Path file, String readerName) {
        SourceReader reader = Readers.named(readerName);
        Source source = Source.of(file.getFileName().toString(), mediaType(file), SourceFile.bytes(file), Instant.now(clock));
        try {
            if (registry.store().read(r -> r.sources().contains(source.id()))) {
                return registry.store().read(r -> new ImportOutcome(file.toString(), source.id(), true,
                        r.records().ofSource(source.id()).size(), r.issues().ofSource(source.id())));
            }
            ReadResult result = reader.read(source);
            if (result.records().isEmpty()) {
                String why = result.issues().isEmpty() ? "no record found" : result.issues().get(0).toString();
                throw RegistryException.badData(file + " was not imported: " + why);
            }
            List<Person> persons = registry.store().transaction(r -> {
                r.sources().add(source);
                r.issues().add(source.id(), result.issues());
                for (int i = 0; i < result.records().size(); i++) {
                    r.records().add(result.records().get(i), i);
                }
                for (SourceRecord record : result.records()) {
                    r.persons().add(Person.idFor(record.id()), List.of(record.id()), source.importedAt());
                }
                return result.records().stream()
                        .map(rec -> new Person(Person.idFor(rec.id()), List.of(rec))).toList();
            });
            index(persons);
            return new ImportOutcome(file.toString(), source.id(), false, result.records().size(), result.issues());
        } catch (StoreException e) {
            throw new RegistryException(Failure.ENVIRONMENT, e.getMessage(), e);
        }
    }

    /** Whether the index holds exactly the persons of the store; a crash between the two leaves them apart. */
    public boolean indexInStep() {
        long persons = registry.store().read(r -> r.counts().persons());
        return registry.searcher().size() == persons;
    }

    /** Rebuilds the search index from the store. Returns the number of persons indexed. */
    public int reindex() {
        return reindex((done, total) -> { });
    }

    /** Reports how many persons are indexed so far, of how many. */
    @FunctionalInterface
    public interface ReindexProgress {
        /** Called after each chunk of persons. */
        void indexed(int done, int total);
    }

    /**
     * Rebuilds the search index from the store: clears it, then reads persons in chunks and indexes them on one
     * worker per core (each chunk in one read transaction), reporting to {@code progress}. The old index stays
     * visible to searchers until the final commit, which follows a merge down to one segment. Returns the number
     * of persons indexed.
     */
    public int reindex(ReindexProgress progress) {
        List<String> ids = registry.store().read(r -> r.persons().ids());
        int chunk = 2_000;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        try (PersonIndexer indexer = PersonIndexer.open(registry.indexDir())) {
            indexer.clear();
            List<java.util.concurrent.Future<?>> parts = new java.util.ArrayList<>();
            for (int from = 0; from < ids.size(); from += chunk) {
                List<String> slice = ids.subList(from, Math.min(ids.size(), from + chunk));
                parts.add(pool.submit(() -> {
                    List<Person> persons = registry.store().read(r ->
                            slice.stream().map(id -> r.persons().find(id)).flatMap(java.util.Optional::stream).toList());
                    // The index was cleared, so every person is new to it: added, not replaced.
                    persons.forEach(p -> indexer.add(PersonDocument.of(p)));
                    progress.indexed(done.addAndGet(slice.size()), ids.size());
                }));
            }
            for (java.util.concurrent.Future<?> f : parts) {
                f.get();
            }
            // Each worker writes one in-memory buffer to a segment, rather than the merge below writing all in turn.
            List<java.util.concurrent.Future<Boolean>> flushes = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                flushes.add(pool.submit(indexer::flushBuffer));
            }
            for (java.util.concurrent.Future<Boolean> f : flushes) {
                f.get();
            }
            // A rebuilt index is merged to one segment: searches then cost about half.
            indexer.optimize();
            indexer.commit();
        } catch (java.io.UncheckedIOException e) {
            throw new RegistryException(Failure.ENVIRONMENT, e.getMessage(), e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new RegistryException(Failure.ENVIRONMENT, "Reindexing failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException(Failure.ENVIRONMENT, "Reindexing interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return ids.size();
    }

    private void index(List<Person> persons) {
        try (PersonIndexer indexer = PersonIndexer.open(registry.indexDir())) {
            persons.stream().map(PersonDocument::of).forEach(indexer::index);
            indexer.commit();
        } catch (java.io.UncheckedIOException e) {
            throw new RegistryException(Failure.ENVIRONMENT, "Stored, but could not index; run 'snegov reindex': "
                    + e.getMessage(), e);
        }
    }

    private static String mediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) return "text/plain; charset=UTF-8";
        if (name.endsWith(".csv")) return "text/csv";
        if (name.endsWith(".tsv")) return "text/tab-separated-values";
        if (name.endsWith(".jsonl")) return "application/jsonl";
        return "application/octet-stream";
    }
}
