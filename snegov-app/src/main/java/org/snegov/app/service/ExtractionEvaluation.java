package org.snegov.app.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.snegov.eval.EvaluationCase;
import org.snegov.eval.ExtractionScore;
import org.snegov.eval.ExtractionScorer;
import org.snegov.eval.GoldDocument;
import org.snegov.eval.GoldEvent;
import org.snegov.eval.GoldVital;
import org.snegov.model.EventType;
import org.snegov.model.PartialDate;
import org.snegov.model.Source;
import org.snegov.model.SourceRecord;
import org.snegov.read.ReadResult;

/**
 * Scores the biography reader on a folder of biographies ({@code SLUG.txt}) against a folder of gold files
 * ({@code SLUG.json}, the schema of the evaluation set), by the evaluation set's rule.
 */
public final class ExtractionEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads every {@code *.txt} of {@code bios} that has a gold file and scores the reader on them.
     *
     * @throws RegistryException {@link Failure#NOT_FOUND} for a missing folder or when no biography has gold,
     *                           {@link Failure#BAD_DATA} for a gold file that is not in the schema
     */
    public ExtractionScore evaluate(Path bios, Path gold) {
        for (Path dir : List.of(bios, gold)) {
            if (!Files.isDirectory(dir)) {
                throw RegistryException.notFound("No such folder: " + dir);
            }
        }
        List<EvaluationCase> cases = new ArrayList<>();
        for (Path bio : list(bios)) {
            String slug = bio.getFileName().toString().replaceFirst("\\.txt$", "");
            Path goldFile = gold.resolve(slug + ".json");
            if (!Files.isRegularFile(goldFile)) {
                continue;
            }
            byte[] bytes = SourceFile.bytes(bio);
            Source source = Source.of(bio.getFileName().toString(), "text/plain; charset=UTF-8", bytes, Instant.EPOCH);
            ReadResult result = Readers.named(Readers.DEFAULT).read(source);
            SourceRecord predicted = result.records().isEmpty() ? null : result.records().get(0);
            cases.add(new EvaluationCase(goldDocument(goldFile, slug), source.text(), predicted));
        }
        if (cases.isEmpty()) {
            throw RegistryException.notFound("No biography in " + bios + " has a gold file in " + gold
                    + " (expected SLUG.txt beside SLUG.json)");
        }
        return new ExtractionScorer().score(cases);
    }

    /**
     * The speed of the biography reader on the {@code *.txt} files of {@code bios}, on this thread: the cold start-up
     * (making a reader and reading the first biography, which loads the patterns), then biographies per second over
     * about {@code seconds} after a warm-up of the same length.
     *
     * @throws RegistryException {@link Failure#NOT_FOUND} for a missing or empty folder
     */
    public Benchmark benchmark(Path bios, double seconds) {
        if (!Files.isDirectory(bios)) throw RegistryException.notFound("No such folder: " + bios);
        List<Source> sources = new ArrayList<>();
        for (Path bio : list(bios)) {
            sources.add(Source.of(bio.getFileName().toString(), "text/plain; charset=UTF-8", SourceFile.bytes(bio), Instant.EPOCH));
        }
        if (sources.isEmpty()) throw RegistryException.notFound("No biography (*.txt) in " + bios);
        long coldStart = System.nanoTime();
        var reader = Readers.named(Readers.DEFAULT);
        reader.read(sources.get(0));
        double startup = (System.nanoTime() - coldStart) / 1e9;
        long sink = 0;
        long warmEnd = System.nanoTime() + (long) (seconds * 1e9);
        for (int i = 0; System.nanoTime() < warmEnd; i++) sink += reader.read(sources.get(i % sources.size())).records().size();
        long n = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            sink += reader.read(sources.get((int) (n % sources.size()))).records().size();
            n++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new Benchmark(sources.size(), n, n / elapsed, cpu > 0 ? n / cpu : Double.NaN, startup, sink);
    }

    /**
     * Figures of {@link #benchmark}.
     *
     * @param documents       biographies in the folder
     * @param reads           biographies read in the timed phase
     * @param perSecond       biographies per second of wall-clock time on one thread, after warm-up
     * @param perCpuSecond    biographies per second of the thread's own CPU time: the speed of one core, whatever
     *                        else the machine is doing (NaN where the JVM cannot measure thread CPU time)
     * @param startupSeconds  seconds to make a reader and read the first biography, cold
     * @param records         records produced, so that the work cannot be optimised away
     */
    public record Benchmark(int documents, long reads, double perSecond, double perCpuSecond, double startupSeconds,
                            long records) {
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new RegistryException(Failure.ENVIRONMENT, "Could not list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The gold file in the evaluation set's schema. */
    static GoldDocument goldDocument(Path file, String slug) {
        try {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            List<GoldEvent> events = new ArrayList<>();
            for (JsonNode e : root.path("events")) {
                String type = e.path("type").asText();
                List<PartialDate> alt = new ArrayList<>();
                for (JsonNode a : e.path("alt_dates")) {
                    alt.add(PartialDate.parse(a.asText()));
                }
                events.add(new GoldEvent(EventType.fromCode(type).orElseThrow(() ->
                        RegistryException.badData(file + ": unknown event type '" + type + "'")),
                        date(e.path("date")), alt, text(e.path("place")), e.path("evidence").asText()));
            }
            List<String> people = new ArrayList<>();
            root.path("people").forEach(p -> people.add(p.asText()));
            return new GoldDocument(slug, text(root.path("name")), text(root.path("native_name")),
                    vital(root.path("birth")), vital(root.path("death")), events, people);
        } catch (IOException e) {
            throw RegistryException.badData(file + " is not JSON in the gold schema: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw RegistryException.badData(file + ": " + e.getMessage());
        }
    }

    private static GoldVital vital(JsonNode v) {
        return v.isMissingNode() || v.isNull() ? null : new GoldVital(date(v.path("date")), text(v.path("place")));
    }

    private static PartialDate date(JsonNode d) {
        return d.isMissingNode() || d.isNull() ? null : PartialDate.parse(d.asText());
    }

    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }
}
