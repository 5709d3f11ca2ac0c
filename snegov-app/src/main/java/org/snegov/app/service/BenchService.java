package org.snegov.app.service;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Reproducible figures for the import of generated lists: generates Person CSV, imports it into a fresh data
 * directory with the table reader, and reports records per second and the peak heap.
 */
public final class BenchService {

    /**
     * The figures of one run.
     *
     * @param records      records imported
     * @param seconds      wall time of the import alone (generation excluded)
     * @param peakHeapMb   the highest heap in use during the run, in MiB (sum of the heap pools' peaks, garbage
     *                     included; the pools may peak at different moments, so this is an upper bound)
     * @param liveHeapMb   the most heap still in use right after a collection, in MiB (what the import retains)
     * @param maxHeapMb    the heap limit, in MiB
     * @param cpuSeconds   CPU time of the process during the import
     */
    public record Figures(long records, double seconds, double peakHeapMb, double liveHeapMb, double maxHeapMb,
                          double cpuSeconds) {

        /** One line: records, seconds, rate, CPU, peak, live and maximum heap. */
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "imported %d records in %.1f s: %.0f records/s (%.1f CPU s, %.0f µs CPU/record); "
                    + "peak heap %.0f MiB, at most %.0f MiB live after a collection, limit %.0f MiB", records, seconds,
                    records / seconds, cpuSeconds, cpuSeconds * 1e6 / Math.max(1, records), peakHeapMb, liveHeapMb, maxHeapMb);
        }
    }

    /**
     * Generates {@code persons} persons with {@code seed} into {@code dir} and imports them into {@code dir/data}.
     *
     * @throws RegistryException {@link Failure#BAD_ARGUMENT} when {@code dir/data} already holds a registry
     */
    public Figures importBench(int persons, long seed, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new RegistryException(Failure.ENVIRONMENT, "Cannot create " + dir + ": " + e.getMessage(), e);
        }
        Path data = dir.resolve("data");
        if (Files.exists(data)) {
            throw RegistryException.badArgument(data + " exists; give an empty --dir so the run starts from nothing");
        }
        Path csv = dir.resolve("bench-" + persons + "-" + seed + ".csv");
        long records = new GenerateService().generate(persons, seed, csv, dir.resolve("bench-truth.csv"), null);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        java.util.concurrent.atomic.AtomicLong live = new java.util.concurrent.atomic.AtomicLong();
        List<Runnable> unsubscribe = watchLiveHeap(live);
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        try (Registry registry = Registry.open(data)) {
            new TableImportService(registry, Clock.systemUTC()).importFile(csv, Readers.TABLE, null, t -> { });
        } finally {
            unsubscribe.forEach(Runnable::run);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        double peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return new Figures(records, seconds, peak / (1 << 20), live.get() / (double) (1 << 20), Runtime.getRuntime().maxMemory() / (double) (1 << 20), cpu);
    }

    /** Records in {@code live} the most heap in use right after any collection; returns how to stop listening. */
    private static List<Runnable> watchLiveHeap(java.util.concurrent.atomic.AtomicLong live) {
        List<Runnable> stops = new java.util.ArrayList<>();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof javax.management.NotificationEmitter emitter) {
                javax.management.NotificationListener listener = (n, handback) -> {
                    if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                                (javax.management.openmbean.CompositeData) n.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(e -> HEAP_POOLS.contains(e.getKey()))
                                .mapToLong(e -> e.getValue().getUsed()).sum();
                        live.accumulateAndGet(used, Math::max);
                    }
                };
                emitter.addNotificationListener(listener, null, null);
                stops.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException ignored) {
                        // Already gone.
                    }
                });
            }
        }
        return stops;
    }

    private static final java.util.Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());


    /**
     * Reads the Memorial list {@code file} {@code rounds} times (the first warms the JVM up) and reports the best
     * round: records per second, fields and issues per record.
     */
    public String memorialBench(Path file, int rounds) {
        ExtractService extract = new ExtractService(Clock.systemUTC());
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        var threads = ManagementFactory.getThreadMXBean();
        long[] counts = new long[3];
        for (int r = 0; r < Math.max(1, rounds); r++) {
            long[] c = new long[3];
            long t0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            extract.scanMemorial(file, null, e -> {
                c[0]++;
                c[1] += e.fieldCount();
                c[2] += e.problems().size();
            });
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
            counts = c;
        }
        return String.format(Locale.ROOT, "memorial reader: %d records in %.2f s (best of %d): %.0f records/s (%.0f per CPU second), "
                + "%.2f fields/record, %.4f issues/record", counts[0], best, rounds, counts[0] / best, counts[0] / bestCpu,
                (double) counts[1] / counts[0], (double) counts[2] / counts[0]);
    }
}
