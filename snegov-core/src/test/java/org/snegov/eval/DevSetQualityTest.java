package org.snegov.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snegov.model.Source;
import org.snegov.read.ReadResult;
import org.snegov.read.biography.BiographyReader;

/**
 * The quality gate on the development set at {@code <repo root>/../shared/eval}: prints the figures and fails
 * below the committed baseline. Skipped when the folder is absent.
 */
class DevSetQualityTest {

    static Path evalDir() {
        Path repoRoot = Path.of("").toAbsolutePath().getParent();
        return repoRoot.resolve("../shared/eval").normalize();
    }

    static List<EvaluationCase> cases() throws IOException {
        Path eval = evalDir();
        BiographyReader reader = new BiographyReader();
        List<EvaluationCase> cases = new ArrayList<>();
        try (Stream<Path> golds = Files.list(eval.resolve("gold"))) {
            for (Path gold : golds.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                GoldDocument g = GoldJson.read(gold);
                Path bio = eval.resolve("bios").resolve(g.slug() + ".txt");
                byte[] bytes = Files.readAllBytes(bio);
                Source source = Source.of(bio.getFileName().toString(), "text/plain; charset=UTF-8", bytes,
                        Instant.EPOCH);
                ReadResult r = reader.read(source);
                cases.add(new EvaluationCase(g, new String(bytes, StandardCharsets.UTF_8),
                        r.records().isEmpty() ? null : r.records().get(0)));
            }
        }
        return cases;
    }

    @Test
    void meetsTheBaselineOnTheDevelopmentSet() throws IOException {
        assumeTrue(Files.isDirectory(evalDir().resolve("gold")),
                "development set not found at " + evalDir() + "; quality gate skipped");
        ExtractionScore s = new ExtractionScorer().score(cases());
        StringBuilder out = new StringBuilder("Development set, " + s.documents() + " biographies\n");
        s.byType().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e ->
                out.append(String.format(Locale.ROOT, "  %-15s %s%n", e.getKey().code(), e.getValue())));
        out.append(String.format(Locale.ROOT, "  %-15s %s%n", "ALL EVENTS", s.events()));
        out.append(String.format(Locale.ROOT, "  birth %.3f  death %.3f  people recall %.3f (%d/%d)%n",
                s.birthAccuracy(), s.deathAccuracy(), s.peopleRecall(), s.peopleFound(), s.peopleGold()));
        s.discrepancies().forEach(d -> out.append("    ").append(d).append('\n'));
        System.out.println(out);

        assertThat(s.events().precision()).as("event precision").isGreaterThanOrEqualTo(0.97);
        assertThat(s.events().f1()).as("event F1").isGreaterThanOrEqualTo(0.97);
        assertThat(s.birthAccuracy()).as("birth").isGreaterThanOrEqualTo(0.95);
        assertThat(s.deathAccuracy()).as("death").isGreaterThanOrEqualTo(0.95);
        assertThat(s.peopleRecall()).as("people recall").isGreaterThanOrEqualTo(0.97);
    }

    /** Prints the extraction speed; a figure to watch, not a gate. */
    @Test
    void printsTheReadingSpeed() throws IOException {
        assumeTrue(Files.isDirectory(evalDir().resolve("bios")), "development set not found at " + evalDir());
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> bios = Files.list(evalDir().resolve("bios"))) {
            for (Path p : bios.sorted().toList()) {
                sources.add(Source.of(p.getFileName().toString(), "text/plain", Files.readAllBytes(p), Instant.EPOCH));
            }
        }
        BiographyReader reader = new BiographyReader();
        for (int i = 0; i < 30; i++) sources.forEach(reader::read);
        int rounds = 100;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) sources.forEach(reader::read);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "Reading speed: %.0f biographies/s on one thread%n",
                rounds * sources.size() / seconds);
    }
}
