package org.snegov.search.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.snegov.names.NameTransliteration;
import org.snegov.search.PersonDocument;
import org.snegov.search.PersonIndexer;
import org.snegov.search.PersonSearcher;
import org.snegov.search.SearchHit;

/**
 * The search benchmark, printed side by side in one run: recall@10 and MRR per spelling system against a plain
 * StandardAnalyzer index; then, with {@code persons} generated persons, the indexing rate, the index size and the
 * latency of name-plus-filter queries after warm-up.
 *
 * <pre>
 * ./mvnw -B -o -pl snegov-search -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *     -Dmdep.includeScope=test
 * java -Xmx6g -cp snegov-search/target/test-classes:snegov-search/target/classes:$(cat snegov-search/target/cp.txt) \
 *     org.snegov.search.bench.SearchBench [persons=1000000] [recallPersons=20000] [targets=300] [dir]
 * </pre>
 */
public final class SearchBench {

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int recallPersons = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int targets = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Path dir = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("snegov-bench");
        System.out.printf(Locale.ROOT, "Snegov search bench: %,d persons, recall over %,d persons × %d targets, in %s, "
                + "%d cores%n%n", persons, recallPersons, targets, dir, Runtime.getRuntime().availableProcessors());

        long t0 = System.nanoTime();
        List<RecallBench.Row> rows = RecallBench.run(dir.resolve("recall"), recallPersons, targets, 42);
        System.out.println("== Recall@10 and MRR per spelling system (Snegov vs plain StandardAnalyzer) ==");
        System.out.print(RecallBench.table(rows));
        System.out.printf(Locale.ROOT, "(%.1f s)%n%nVariants not found in the top 10 (up to 5 per system):%n",
                (System.nanoTime() - t0) / 1e9);
        for (RecallBench.Row r : rows) {
            for (String f : r.failures()) {
                System.out.println("  " + r.system() + ": " + f);
            }
        }

        System.out.printf(Locale.ROOT, "%n== Scale: %,d persons ==%n", persons);
        PersonGenerator generator = new PersonGenerator(7);
        List<PersonGenerator.Generated> all = new ArrayList<>(persons);
        long g0 = System.nanoTime();
        for (int i = 0; i < persons; i++) {
            all.add(generator.next());
        }
        System.out.printf(Locale.ROOT, "generated in %.1f s%n", (System.nanoTime() - g0) / 1e9);
        Path index = dir.resolve("scale");
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long p0 = os.getProcessCpuTime();
        long i0 = System.nanoTime();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
        double addSeconds;
        try (PersonIndexer indexer = PersonIndexer.open(index)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> parts = new ArrayList<>();
            int chunk = (persons + threads - 1) / threads;
            for (int t = 0; t < threads; t++) {
                List<PersonGenerator.Generated> slice = all.subList(Math.min(persons, t * chunk),
                        Math.min(persons, (t + 1) * chunk));
                parts.add(pool.submit(() -> {
                    long c0 = mx.getCurrentThreadCpuTime();
                    // A fresh build, as 'snegov reindex' does it: every person is new, so added without a delete-by-id.
                    slice.forEach(g -> indexer.add(g.document()));
                    indexer.flushBuffer();
                    cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
                }));
            }
            for (Future<?> f : parts) {
                f.get();
            }
            pool.shutdown();
            addSeconds = (System.nanoTime() - i0) / 1e9;
            indexer.commit();
        }
        double seconds = (System.nanoTime() - i0) / 1e9;
        double processCpu = (os.getProcessCpuTime() - p0) / 1e9;
        System.out.printf(Locale.ROOT, "indexing: %,d persons in %.1f s = %,.0f persons/s (%d threads; adding %.1f s, "
                        + "commit %.1f s); %,.0f persons per CPU-second of the indexing threads, which used %.0f %% of "
                        + "the process's %.1f CPU-seconds (the rest: collector, compiler, merges); load average now "
                        + "%.1f%n",
                persons, seconds, persons / seconds, threads, addSeconds, seconds - addSeconds,
                persons / (cpu.get() / 1e9), 100 * cpu.get() / 1e9 / processCpu, processCpu,
                os.getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "index size: %,.1f MB (%,.0f bytes/person)%n", size(index) / 1e6,
                (double) size(index) / persons);

        Random random = new Random(99);
        try (PersonSearcher searcher = PersonSearcher.open(index)) {
            List<String[]> queries = new ArrayList<>();
            for (int i = 0; i < 4_000; i++) {
                PersonGenerator.Generated p = all.get(random.nextInt(persons));
                queries.add(new String[] {nameFilterQuery(p, random), p.document().personId()});
            }
            for (boolean facets : new boolean[] {false, true, false}) {
                for (int i = 0; i < 2_000; i++) {
                    searcher.search(queries.get(i)[0], 0, 10, facets);
                }
                long[] nanos = new long[2_000];
                long[] cpuNanos = new long[2_000];
                int found = 0;
                for (int i = 0; i < 2_000; i++) {
                    String[] q = queries.get(2_000 + i);
                    long c = mx.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    List<SearchHit> hits = searcher.search(q[0], 0, 10, facets).hits();
                    nanos[i] = System.nanoTime() - s;
                    cpuNanos[i] = mx.getCurrentThreadCpuTime() - c;
                    found += hits.stream().anyMatch(h -> h.personId().equals(q[1])) ? 1 : 0;
                }
                Arrays.sort(nanos);
                Arrays.sort(cpuNanos);
                System.out.printf(Locale.ROOT, "name+filter queries%s, after 2,000 warm-up: p50 %.2f ms, p99 %.2f ms, "
                                + "max %.2f ms (wall); CPU time p50 %.2f ms, p99 %.2f ms; target in top 10: %.3f%n",
                        facets ? " with reasons and facets" : " with reasons", nanos[1_000] / 1e6,
                        nanos[1_980] / 1e6, nanos[1_999] / 1e6, cpuNanos[1_000] / 1e6, cpuNanos[1_980] / 1e6,
                        found / 2_000.0);
            }
            System.out.println("example queries: " + queries.get(2_000)[0] + " | " + queries.get(2_001)[0]);
        }
    }

    /** A name in a random spelling system, with a birth-year range and, every other time, the birthplace. */
    static String nameFilterQuery(PersonGenerator.Generated p, Random random) {
        NameTransliteration[] systems = NameTransliteration.values();
        String name = systems[random.nextInt(9)].transliterate(p.given() + " " + p.surname());
        PersonDocument d = p.document();
        String q = name + " born:" + (d.birthYear() - 2) + "-" + (d.birthYear() + 2);
        return random.nextBoolean() ? q + " place:\"" + d.birthPlace() + "\"" : q;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }
}
