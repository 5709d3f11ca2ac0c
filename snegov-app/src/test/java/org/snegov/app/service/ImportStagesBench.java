package org.snegov.app.service;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.snegov.model.Person;
import org.snegov.model.Source;
import org.snegov.model.SourceRecord;
import org.snegov.read.tabular.RowOutcome;
import org.snegov.read.tabular.RowReader;
import org.snegov.read.tabular.TableFormat;
import org.snegov.read.tabular.TableRow;
import org.snegov.read.tabular.TableScanner;
import org.snegov.search.PersonDocument;
import org.snegov.search.PersonIndexer;
import org.snegov.store.BulkSession;
import org.snegov.store.Store;

/**
 * What each stage of a list import costs on its own (decision 0022): the same generated records are read, then
 * stored, then indexed, one stage after another on one thread, in one JVM. An import runs the three at once on
 * two cores, so their CPU per record (plus the JVM's own: JIT compilation and garbage collection) bounds its rate:
 * 50,000 records/s on two cores leaves 40 µs of CPU per record for everything. Not a test; run it by hand:
 *
 * <pre>
 * ./mvnw -B -o -pl snegov-app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx6g -cp snegov-app/target/test-classes:snegov-app/target/classes:$(cat snegov-app/target/cp.txt) \
 *     org.snegov.app.service.ImportStagesBench 400000 2 DIR
 * </pre>
 *
 * Arguments: persons to generate (about 2.5 records each), rounds (each round stores into a new registry and
 * indexes into a new index; the first pays the JIT), and an empty working directory. The records are held in
 * memory between the stages, so give it a large heap; the import itself runs in 512 MB.
 */
public final class ImportStagesBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ImportStagesBench() {
    }

    public static void main(String[] args) throws Exception {
        int persons = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        Files.createDirectories(dir);
        Path csv = dir.resolve("stages-" + persons + ".csv");
        long generated = new GenerateService().generate(persons, 11, csv, dir.resolve("stages-truth.csv"), null);
        System.out.printf("generated %,d records of %,d persons into %s%n", generated, persons, csv);
        byte[] head;
        try (InputStream in = Files.newInputStream(csv)) {
            head = in.readNBytes(1 << 16);
        }
        TableFormat format = TableFormat.detect(head, csv.getFileName().toString(), null, null);
        String sourceId = Source.sha256(Files.readAllBytes(csv));
        for (int round = 1; round <= rounds; round++) {
            Stage read = new Stage("read (scan + row reader)");
            List<List<SourceRecord>> batches = new ArrayList<>();
            read.start();
            try (TableScanner scanner = TableScanner.open(Files.newInputStream(csv), format, csv.toString())) {
                RowReader reader = Readers.rows(Readers.TABLE, Readers.mapping(null, Readers.TABLE))
                        .forHeader(scanner.header(), csv.toString());
                List<SourceRecord> batch = new ArrayList<>(TableImportService.BATCH);
                while (scanner.hasNext()) {
                    TableRow row = scanner.next();
                    RowOutcome o = reader.read(row, sourceId);
                    if (o.record() != null) batch.add(o.record());
                    if (batch.size() == TableImportService.BATCH) {
                        batches.add(batch);
                        batch = new ArrayList<>(TableImportService.BATCH);
                    }
                }
                batches.add(batch);
            }
            long records = batches.stream().mapToLong(List::size).sum();
            read.stop(records);

            Path data = dir.resolve("round-" + round);
            Stage store = new Stage("store (SQLite, bulk connection)");
            try (Store s = Store.openSqlite(data)) {
                Source source = new Source(sourceId, csv.getFileName().toString(), "text/csv; charset=UTF-8",
                        new byte[0], Instant.now());
                s.transaction(r -> {
                    try (InputStream content = Files.newInputStream(csv)) {
                        r.imports().start(source, content, Readers.TABLE, "table:");
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return null;
                });
                store.start();
                try (BulkSession bulk = s.openBulk()) {
                    int position = 0;
                    for (List<SourceRecord> b : batches) {
                        int first = position;
                        position += b.size();
                        int next = position;
                        bulk.transaction(tx -> {
                            tx.imports().addBatch(sourceId, b, first, List.of(), List.of(), 0, next, Instant.now());
                            return null;
                        });
                    }
                }
                store.stop(records);
            }

            Stage index = new Stage("index (Lucene, documents added)");
            Stage merge = new Stage("index merge to one segment, commit");
            try (PersonIndexer indexer = PersonIndexer.open(Registry.indexDir(data))) {
                index.start();
                for (List<SourceRecord> b : batches) {
                    for (SourceRecord r : b) {
                        indexer.add(PersonDocument.of(new Person(Person.idFor(r.id()), List.of(r))));
                    }
                }
                index.stop(records);
                merge.start();
                indexer.optimize();
                indexer.commit();
                merge.stop(records);
            }
            System.out.printf("round %d, %,d records:%n", round, records);
            double sum = 0;
            for (Stage s : List.of(read, store, index, merge)) {
                System.out.println("  " + s);
                sum += s.processCpuMicros();
            }
            System.out.printf("  all four: %.1f µs of process CPU per record, so at most %,.0f records/s on two cores"
                    + " with no overlap lost (the target of 50,000 needs 40 µs)%n", sum, 2e6 / sum);
        }
    }

    /** One stage's wall time, CPU of the calling thread, and CPU of the whole process (JIT, GC, Lucene's merges). */
    private static final class Stage {
        final String name;
        long wall0;
        long thread0;
        long process0;
        double seconds;
        double threadMicros;
        double processMicros;
        long records;

        Stage(String name) {
            this.name = name;
        }

        void start() {
            wall0 = System.nanoTime();
            thread0 = THREADS.getCurrentThreadCpuTime();
            process0 = OS.getProcessCpuTime();
        }

        void stop(long records) {
            this.records = records;
            seconds = (System.nanoTime() - wall0) / 1e9;
            threadMicros = (THREADS.getCurrentThreadCpuTime() - thread0) / 1e3 / records;
            processMicros = (OS.getProcessCpuTime() - process0) / 1e3 / records;
        }

        double processCpuMicros() {
            return processMicros;
        }

        @Override
        public String toString() {
            return String.format("%-38s %6.1f s  %,9.0f records/s  %5.1f µs CPU/record on its thread, %5.1f in the process",
                    name, seconds, records / seconds, threadMicros, processMicros);
        }
    }
}
