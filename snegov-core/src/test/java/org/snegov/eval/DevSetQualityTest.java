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
        return cases(evalDir().resolve("bios"), evalDir().resolve("gold"));
    }

    /** The cases of the biographies in {@code bios} that {@code goldDir} annotates, read as the import reads them. */
    static List<EvaluationCase> cases(Path bios, Path goldDir) throws IOException {
        BiographyReader reader = new BiographyReader();
        List<EvaluationCase> cases = new ArrayList<>();
        try (Stream<Path> golds = Files.list(goldDir)) {
            for (Path gold : golds.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                GoldDocument g = GoldJson.read(gold);
                Path bio = bios.resolve(g.slug() + ".txt");
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
        System.out.println(report("Development set", s));

        assertThat(s.events().precision()).as("event precision").isGreaterThanOrEqualTo(0.97);
        assertThat(s.events().f1()).as("event F1").isGreaterThanOrEqualTo(0.97);
        assertThat(s.birthAccuracy()).as("birth").isGreaterThanOrEqualTo(0.95);
        assertThat(s.deathAccuracy()).as("death").isGreaterThanOrEqualTo(0.95);
        assertThat(s.peopleRecall()).as("people recall").isGreaterThanOrEqualTo(0.97);
    }

    /** The figures of {@code s} as printed by the quality gates. */
    static String report(String title, ExtractionScore s) {
        StringBuilder out = new StringBuilder(title + ", " + s.documents() + " biographies\n");
        s.byType().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e ->
                out.append(String.format(Locale.ROOT, "  %-15s %s%n", e.getKey().code(), e.getValue())));
        out.append(String.format(Locale.ROOT, "  %-15s %s%n", "ALL EVENTS", s.events()));
        out.append(String.format(Locale.ROOT, "  birth %.3f  death %.3f  people recall %.3f (%d/%d)%n",
                s.birthAccuracy(), s.deathAccuracy(), s.peopleRecall(), s.peopleFound(), s.peopleGold()));
        s.discrepancies().forEach(d -> out.append("    ").append(d).append('\n'));
        return out.toString();
    }
}
