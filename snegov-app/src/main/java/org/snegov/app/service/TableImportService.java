package org.snegov.app.service;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.snegov.model.Fact;
import org.snegov.model.Issue;
import org.snegov.model.Person;
import org.snegov.model.Source;
import org.snegov.model.SourceRecord;
import org.snegov.read.tabular.ColumnMapping;
import org.snegov.read.tabular.RowOutcome;
import org.snegov.read.tabular.RowReader;
import org.snegov.read.tabular.TableFormat;
import org.snegov.read.tabular.TableRow;
import org.snegov.read.tabular.TableScanner;
import org.snegov.search.PersonDocument;
import org.snegov.search.PersonIndexer;
import org.snegov.store.BulkSession;
import org.snegov.store.ImportProgress;
import org.snegov.store.StoreException;

/**
 * Imports tables of any size by streaming: the source's bytes are stored first (in chunks), then rows are read
 * and committed in batches, each with its checkpoint, and indexed in large batches. Memory stays bounded by the
 * batch. Killed at any point, a re-run continues after the last committed batch (re-indexing the rows whose
 * index commit may have been lost); re-importing finished bytes is a no-op. Bad rows become issues, stored and
 * written to {@code FILE.rejects.csv} next to the data.
 */
public final class TableImportService {

    /** Rows per database transaction. */
    static final int BATCH = 20_000;
    /** Rows between index commits. */
    static final int INDEX_COMMIT = 200_000;
    /** Rows a run must load before its import ends by merging the index (see {@link #isBulkLoad}). */
    static final int MERGE_AFTER_ROWS = 100_000;
    /** Batches outstanding at most, per worker. */
    static final int IN_FLIGHT = 2;

    private final Registry registry;
    private final Clock clock;

    public TableImportService(Registry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * A progress report.
     *
     * @param rows  rows read in this run so far
     * @param bytes bytes of the file read so far
     * @param total the file's size in bytes
     */
    public record Tick(long rows, long bytes, long total) {
    }

    /**
     * Imports {@code file} with tabular reader {@code readerName} and the column mapping {@code columns}
     * ({@code field=column} pairs, {@code @FILE}, or null for the reader's default columns), reporting to {@code progress}
     * after each batch.
     *
     * @throws RegistryException {@link Failure#NOT_FOUND} for a missing file, {@link Failure#BAD_ARGUMENT} for a
     *                           mapped or needed column the file lacks (before anything is stored),
     *                           {@link Failure#ENVIRONMENT} when reading or storing fails
     */
    public TableImportOutcome importFile(Path file, String readerName, String columns, Consumer<Tick> progress) {
        ColumnMapping mapping = Readers.mapping(columns, readerName);
        long t0 = System.nanoTime();
        if (!Files.isRegularFile(file)) {
            throw RegistryException.notFound("No such file: " + file);
        }
        String name = file.getFileName().toString();
        RowReader.Factory factory = Readers.rows(readerName, mapping);
        try {
            long size = Files.size(file);
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(1 << 16);
            }
            TableFormat format = TableFormat.detect(head, name, null, null);
            String sourceId = sha256(file);
            String canonical = readerName + ":" + mapping.canonical();
            ImportProgress before = registry.store().read(r -> r.imports().progress(sourceId)).orElse(null);
            if (before == null && registry.store().read(r -> r.sources().contains(sourceId))) {
                return done(file, sourceId, true, 0, 0, t0);
            }
            if (before != null && before.done()) {
                return done(file, sourceId, true, before.nextRow(), before.nextRow(), t0);
            }
            if (before != null && !before.mapping().equals(canonical)) {
                throw RegistryException.badArgument("An import of " + file + " was interrupted with '" + before.mapping()
                        + "'; resume it with the same reader and mapping, not '" + canonical + "'");
            }
            try (CountingStream counting = new CountingStream(Files.newInputStream(file));
                 TableScanner scanner = TableScanner.open(counting, format, name)) {
                RowReader reader;
                try {
                    reader = factory.forHeader(scanner.header(), file.toString());
                } catch (IllegalArgumentException e) {
                    throw RegistryException.badArgument(e.getMessage());
                }
                if (before == null) {
                    Source source = new Source(sourceId, name, mediaType(format), new byte[0], clock.instant());
                    registry.store().transaction(r -> {
                        try (InputStream content = Files.newInputStream(file)) {
                            r.imports().start(source, content, readerName, canonical);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        return null;
                    });
                }
                ImportProgress start = before != null ? before
                        : new ImportProgress(sourceId, readerName, canonical, false, 0, 0, 0, 0);
                int rows = run(scanner, reader, start, before == null, counting, size, progress);
                ImportProgress after = registry.store().read(r -> r.imports().progress(sourceId)).orElseThrow();
                List<Issue> issues = registry.store().read(r -> r.issues().ofSource(sourceId));
                String rejects = issues.isEmpty() ? null : writeRejects(file, issues).toString();
                return new TableImportOutcome(file.toString(), sourceId, false, start.nextRow(), rows, after.records(),
                        after.issues(), issues.subList(0, Math.min(20, issues.size())), rejects, seconds(t0));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new RegistryException(Failure.ENVIRONMENT, "Could not read " + file + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            throw new RegistryException(Failure.ENVIRONMENT, e.getMessage(), e);
        }
    }

    /**
     * Reads rows on this thread and hands each full batch to two workers: one stores it (with its checkpoint),
     * one indexes it. At most {@link #IN_FLIGHT} batches per worker are outstanding, so memory stays bounded.
     * The index worker commits every {@link #INDEX_COMMIT} rows and publishes how far the index is durable;
     * the store worker writes that mark with its next batch. A {@code fresh} run (no earlier attempt) adds
     * documents; a resumed one replaces them, since its index may hold rows that its store lost.
     */
    private int run(TableScanner scanner, RowReader reader, ImportProgress start, boolean fresh,
                    CountingStream counting, long size, Consumer<Tick> progress) {
        String sourceId = start.sourceId();
        Batch batch = new Batch(start.records(), start.issues());
        int row = start.nextRow();
        long read = 0;
        AtomicInteger indexedUpTo = new AtomicInteger(start.indexedRow());
        ExecutorService storer = Executors.newSingleThreadExecutor(named("snegov-store"));
        ExecutorService indexing = Executors.newSingleThreadExecutor(named("snegov-index"));
        ArrayDeque<Future<?>> pending = new ArrayDeque<>();
        try (PersonIndexer indexer = PersonIndexer.open(registry.indexDir());
             BulkSession bulk = registry.store().openBulk()) {
            List<SourceRecord> reindex = new ArrayList<>();
            int[] sinceCommit = {0};
            while (scanner.hasNext()) {
                TableRow r = scanner.next();
                List<Issue> scanIssues = scanner.takeIssues();
                if (r.index() < start.nextRow()) {
                    if (r.index() >= start.indexedRow()) {
                        // Stored before a kill, maybe not indexed: index again (the same id replaces itself).
                        RowOutcome o = reader.read(r, sourceId);
                        if (o.record() != null) reindex.add(o.record());
                        if (reindex.size() >= BATCH) {
                            List<SourceRecord> docs = List.copyOf(reindex);
                            reindex.clear();
                            submit(pending, indexing.submit(() -> docs.forEach(d -> indexer.index(document(d)))));
                        }
                    }
                    continue;
                }
                row = r.index() + 1;
                read++;
                batch.issues.addAll(scanIssues);
                RowOutcome o = reader.read(r, sourceId);
                batch.issues.addAll(o.issues());
                if (o.record() != null) {
                    batch.records.add(o.record());
                    batch.facts.addAll(o.facts());
                }
                if (row % BATCH == 0) {
                    Batch full = batch;
                    int next = row;
                    batch = new Batch(full.firstRecord + full.records.size(), full.firstIssue + full.issues.size());
                    if (!reindex.isEmpty()) {
                        List<SourceRecord> docs = List.copyOf(reindex);
                        reindex.clear();
                        submit(pending, indexing.submit(() -> docs.forEach(d -> indexer.index(document(d)))));
                    }
                    submit(pending, indexing.submit(() -> {
                        index(indexer, full.records, fresh);
                        sinceCommit[0] += full.records.size();
                        if (sinceCommit[0] >= INDEX_COMMIT) {
                            indexer.commit();
                            indexedUpTo.set(next);
                            sinceCommit[0] = 0;
                        }
                    }));
                    submit(pending, storer.submit(() -> commit(bulk, sourceId, full, next, indexedUpTo.get())));
                    progress.accept(new Tick(read, counting.count, size));
                }
            }
            Batch last = batch;
            int end = Math.max(row, start.nextRow());
            last.issues.addAll(scanner.takeIssues());
            List<SourceRecord> docs = List.copyOf(reindex);
            long readRows = read;
            pending.add(indexing.submit(() -> {
                docs.forEach(d -> indexer.index(document(d)));
                index(indexer, last.records, fresh);
                if (isBulkLoad(readRows, indexer.size())) {
                    indexer.optimize();
                }
                indexer.commit();
            }));
            pending.add(storer.submit(() -> commit(bulk, sourceId, last, end, indexedUpTo.get())));
            while (!pending.isEmpty()) {
                await(pending.poll());
            }
            bulk.transaction(tx -> {
                tx.imports().mark(sourceId, end, true, clock.instant());
                return null;
            });
            progress.accept(new Tick(read, size, size));
            return end;
        } catch (UncheckedIOException e) {
            throw new RegistryException(Failure.ENVIRONMENT, "Stored, but could not index; run 'snegov reindex': "
                    + e.getMessage(), e);
        } finally {
            pending.forEach(f -> f.cancel(true));
            storer.shutdownNow();
            indexing.shutdownNow();
        }
    }

    /**
     * Whether this run loaded enough of the index to merge it down to one segment before its last commit: at least
     * {@value #MERGE_AFTER_ROWS} rows and a quarter of the index. Merging a million persons takes seconds and
     * halves the cost of a search; a small list added to a large registry leaves merging to Lucene's policy.
     */
    static boolean isBulkLoad(long rows, int indexSize) {
        return rows >= MERGE_AFTER_ROWS && rows * 4 >= indexSize;
    }

    /** Rows between a checkpoint and the next: records, facts and issues with their first positions. */
    private static final class Batch {
        final List<SourceRecord> records = new ArrayList<>(BATCH);
        final List<Fact> facts = new ArrayList<>();
        final List<Issue> issues = new ArrayList<>();
        final long firstRecord;
        final long firstIssue;

        Batch(long firstRecord, long firstIssue) {
            this.firstRecord = firstRecord;
            this.firstIssue = firstIssue;
        }
    }

    private static void submit(ArrayDeque<Future<?>> pending, Future<?> f) {
        pending.add(f);
        while (pending.size() > 2 * IN_FLIGHT) {
            await(pending.poll());
        }
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException(Failure.ENVIRONMENT, "Import interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new RegistryException(Failure.ENVIRONMENT, "Import failed: " + e.getCause(), e.getCause());
        }
    }

    private static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private void commit(BulkSession bulk, String sourceId, Batch b, int nextRow, int indexedRow) {
        bulk.transaction(tx -> {
            tx.imports().addBatch(sourceId, b.records, (int) b.firstRecord, b.facts, b.issues, b.firstIssue, nextRow,
                    clock.instant());
            tx.imports().mark(sourceId, Math.min(indexedRow, nextRow), false, clock.instant());
            return null;
        });
    }

    /**
     * Indexes each record as its own person. Rows of a first run are new to the index, so they are added without
     * a delete-by-id (cheaper to buffer and to flush); otherwise each replaces any document of the same id.
     */
    private static void index(PersonIndexer indexer, List<SourceRecord> records, boolean fresh) {
        for (SourceRecord r : records) {
            if (fresh) {
                indexer.add(document(r));
            } else {
                indexer.index(document(r));
            }
        }
    }

    private static PersonDocument document(SourceRecord record) {
        return PersonDocument.of(new Person(Person.idFor(record.id()), List.of(record)));
    }

    private TableImportOutcome done(Path file, String sourceId, boolean already, int resumed, int rows, long t0) {
        var counts = registry.store().read(r -> new long[] {r.records().ofSource(sourceId).size(), r.issues().ofSource(sourceId).size()});
        List<Issue> issues = registry.store().read(r -> r.issues().ofSource(sourceId));
        return new TableImportOutcome(file.toString(), sourceId, already, resumed, rows, counts[0], counts[1],
                issues.subList(0, Math.min(20, issues.size())), null, seconds(t0));
    }

    /** Writes {@code FILE.rejects.csv} beside the data: file, line, column, reason, raw. */
    private static Path writeRejects(Path file, List<Issue> issues) throws IOException {
        Path out = file.resolveSibling(file.getFileName() + ".rejects.csv");
        try (CsvWriter w = CsvWriter.builder().build(out, StandardCharsets.UTF_8)) {
            w.writeRecord("file", "line", "column", "reason", "raw");
            for (Issue i : issues) {
                w.writeRecord(i.file(), Integer.toString(i.line()), Integer.toString(i.column()), i.reason(), i.raw());
            }
        }
        return out;
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String mediaType(TableFormat format) {
        String cs = "; charset=" + format.charset().name();
        if (format.kind() == TableFormat.Kind.JSON_LINES) return "application/jsonl" + cs;
        return (format.delimiter() == '\t' ? "text/tab-separated-values" : "text/csv") + cs;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
