package org.snegov.search.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Compares the indexing cost of two or more builds in one JVM, so that they share the host's speed of the moment:
 * each build's classes (its {@code snegov-search} and {@code snegov-core} class directories) are loaded in a class
 * loader of their own, with caches of their own, and the builds index the same generated persons in alternating
 * rounds, each into its own index, on one thread per core. Prints persons per second and per CPU-second of the
 * indexing threads for each build, and their ratio to the first. On these noisy 2-core machines separate runs of
 * {@link SearchBench} vary by ±30 % within an hour. Here the order of the builds on the command line matters: the
 * first runs 3–7 % faster (two copies of one build: 0.926, the second against the first, in 40 rounds of 25,000
 * persons). So run each comparison twice, in both orders, and take the geometric mean of the two ratios; a mean
 * within a few percent of 1 is no difference.
 *
 * <pre>
 * ./mvnw -B -o -pl snegov-search -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *     -Dmdep.includeScope=test
 * # copy snegov-search/target/classes and snegov-core/target/classes of each build to BUILD/search and BUILD/core
 * java -Xmx10g -cp snegov-search/target/test-classes:$(cat snegov-search/target/cp.txt) \
 *     org.snegov.search.bench.IndexingAB ROUNDS PERSONS_PER_ROUND DIR BUILD...
 * </pre>
 *
 * {@code PersonGenerator} comes from this checkout's test classes, loaded again by each build's loader.
 */
public final class IndexingAB {

    private IndexingAB() {
    }

    /** One build: its loader, generator and indexer, and what its rounds cost. */
    private static final class Build {
        final String name;
        final MethodHandle next;
        final MethodHandle document;
        final MethodHandle add;
        final MethodHandle flush;
        final MethodHandle commit;
        long cpuNanos;
        long wallNanos;
        int persons;

        Build(Path build, Path testClasses, Path index) throws ReflectiveOperationException, java.io.IOException {
            this.name = build.toString();
            ClassLoader loader = new SnegovFirst(new URL[] {build.resolve("search").toUri().toURL(),
                    testClasses.toUri().toURL(), build.resolve("core").toUri().toURL()});
            Class<?> generator = Class.forName(IndexingAB.class.getPackageName() + ".PersonGenerator", true, loader);
            Class<?> generated = Class.forName(IndexingAB.class.getPackageName() + ".PersonGenerator$Generated", true, loader);
            Class<?> documentClass = Class.forName("org.snegov.search.PersonDocument", true, loader);
            Class<?> indexerClass = Class.forName("org.snegov.search.PersonIndexer", true, loader);
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Object gen = generator.getConstructor(long.class).newInstance(7L);
            Object indexer = indexerClass.getMethod("open", Path.class).invoke(null, index);
            next = lookup.findVirtual(generator, "next", MethodType.methodType(generated)).bindTo(gen);
            document = lookup.findVirtual(generated, "document", MethodType.methodType(documentClass));
            add = lookup.findVirtual(indexerClass, "add", MethodType.methodType(void.class, documentClass))
                    .bindTo(indexer);
            flush = lookup.findVirtual(indexerClass, "flushBuffer", MethodType.methodType(boolean.class))
                    .bindTo(indexer);
            commit = lookup.findVirtual(indexerClass, "commit", MethodType.methodType(void.class)).bindTo(indexer);
        }
    }

    /** Loads Snegov's classes from the build's directories, everything else (Lucene, ICU…) from the class path. */
    private static final class SnegovFirst extends URLClassLoader {
        SnegovFirst(URL[] urls) {
            super(urls, IndexingAB.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("org.snegov.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 5) {
            System.err.println("usage: IndexingAB ROUNDS PERSONS_PER_ROUND DIR BUILD BUILD...");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[0]);
        int perRound = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        Path testClasses = Path.of(IndexingAB.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Build> builds = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            Path index = Files.createDirectories(dir.resolve("build" + (i - 3)));
            try (var files = Files.list(index)) {
                if (files.findAny().isPresent()) {
                    throw new IllegalArgumentException(index + " is not empty");
                }
            }
            builds.add(new Build(Path.of(args[i]), testClasses, index));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int r = 0; r < rounds; r++) {
                // Every build takes every place in the order in turn, so none always follows the same one.
                List<Build> order = new ArrayList<>(builds);
                Collections.rotate(order, r);
                boolean last = r == rounds - 1;
                for (Build b : order) {
                    round(b, perRound, threads, last, pool, mx);
                }
            }
            for (Build b : builds) {
                b.commit.invoke();
            }
        } finally {
            pool.shutdown();
        }
        Build first = builds.get(0);
        for (Build b : builds) {
            System.out.printf(Locale.ROOT, "%-40s %,9.0f persons/s %,9.0f persons per CPU-second (%.3f of the first)%n",
                    b.name, b.persons / (b.wallNanos / 1e9), b.persons / (b.cpuNanos / 1e9),
                    (double) first.cpuNanos / first.persons / ((double) b.cpuNanos / b.persons));
        }
    }

    /** Generates {@code count} persons (not timed) and indexes them on {@code threads} threads (timed). */
    private static void round(Build b, int count, int threads, boolean last, ExecutorService pool, ThreadMXBean mx)
            throws Throwable {
        List<Object> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            docs.add(b.document.invoke(b.next.invoke()));
        }
        long w0 = System.nanoTime();
        List<Future<Long>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<Object> slice = docs.subList(t * count / threads, (t + 1) * count / threads);
            parts.add(pool.submit(() -> {
                long c0 = mx.getCurrentThreadCpuTime();
                try {
                    for (Object d : slice) {
                        b.add.invoke(d);
                    }
                    if (last) {
                        b.flush.invoke();
                    }
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
                return mx.getCurrentThreadCpuTime() - c0;
            }));
        }
        for (Future<Long> f : parts) {
            b.cpuNanos += f.get();
        }
        b.wallNanos += System.nanoTime() - w0;
        b.persons += count;
    }
}
