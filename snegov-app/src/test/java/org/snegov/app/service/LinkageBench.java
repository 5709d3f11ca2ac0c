package org.snegov.app.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snegov.eval.linkage.LinkageScore;
import org.snegov.eval.linkage.LinkageScorer;
import org.snegov.link.LinkRecord;
import org.snegov.link.LinkResult;
import org.snegov.link.LinkSettings;
import org.snegov.link.Linker;

/**
 * The linkage speed bench: generates Russian Person CSV records in memory, deduplicates them with the built-in
 * settings and prints wall time, candidate pairs, pairs per second, peak heap and F1 per size. Also writes a
 * generated set to disk. Run with {@code bench/linkage/speed.sh} (sizes as arguments) or
 * {@code bench/linkage/speed.sh generate N PERSONS.csv TRUTH.csv}.
 */
public final class LinkageBench {

    private LinkageBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 4 && args[0].equals("generate")) {
            int n = Integer.parseInt(args[1]);
            List<String> truth;
            try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
                truth = new RussianPersonGenerator(1937).write(n, w);
            }
            try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
                w.write("record_id,cluster_id\n");
                for (int i = 0; i < truth.size(); i++) {
                    w.write("r" + i + "," + truth.get(i) + "\n");
                }
            }
            System.out.println("wrote " + truth.size() + " records to " + args[2] + ", truth to " + args[3]);
            return;
        }
        System.out.println("records  wall_s  prepare_ms  block_ms  train_ms  score_ms  cluster_ms  candidate_pairs"
                + "  pairs_per_s  peak_heap_mb  pair_f1  bcubed_f1");
        for (String arg : args.length == 0 ? new String[] {"100000", "1000000"} : args) {
            run(Integer.parseInt(arg));
        }
    }

    private static void run(int n) throws IOException {
        StringWriter csv = new StringWriter();
        List<String> truth = new RussianPersonGenerator(1937).write(n, csv);
        List<LinkRecord> records = parse(csv.toString());
        csv = null;
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        LinkResult result = Linker.of(LinkSettings.person()).link(records);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = peakHeapMb();
        Map<String, String> predicted = new HashMap<>();
        Map<String, String> expected = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            predicted.put(records.get(i).id(), Integer.toString(result.cluster()[i]));
            expected.put(records.get(i).id(), truth.get(i));
        }
        LinkageScore score = LinkageScorer.score(predicted, expected);
        long[] t = result.timings();
        long pairs = result.blocking().candidatePairs();
        System.out.printf(Locale.ROOT, "%7d  %6.1f  %10d  %8d  %8d  %8d  %10d  %15d  %11.0f  %12d  %7.4f  %9.4f%n",
                n, seconds, t[0], t[1], t[2], t[3], t[4], pairs, pairs / seconds, peak, score.pairF1(),
                score.bcubedF1());
    }

    /** Parses generated Person CSV (no quoting needed: the generator writes no commas inside values). */
    static List<LinkRecord> parse(String csv) {
        List<LinkRecord> out = new ArrayList<>();
        String[] lines = csv.split("\n");
        for (int l = 1; l < lines.length; l++) {
            String[] c = lines[l].split(",", -1);
            out.add(new LinkRecord(c[0], c[1], List.of(c[2], c[3], c[4], c[5], c[6])));
        }
        return out;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }
}
