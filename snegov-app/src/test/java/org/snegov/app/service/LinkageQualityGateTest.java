package org.snegov.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snegov.eval.linkage.LinkageScore;
import org.snegov.eval.linkage.LinkageScorer;
import org.snegov.link.LinkRecord;
import org.snegov.link.LinkResult;
import org.snegov.link.LinkSettings;
import org.snegov.link.Linker;

/**
 * The linkage quality gate: pairwise F1 on FEBRL (from {@code <repo root>/../shared/data/linkage}, skipped when
 * absent) and on a generated Russian set, printed, and failing below {@code linkage-baseline.properties}.
 */
class LinkageQualityGateTest {

    @TempDir
    Path tmp;

    private static Path repoRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("bench/linkage/febrl.json"))) {
                return dir;
            }
        }
        throw new IllegalStateException("bench/linkage/febrl.json not found above " + Path.of("").toAbsolutePath());
    }

    private static double baseline(String key) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LinkageQualityGateTest.class.getResourceAsStream("/linkage-baseline.properties")) {
            p.load(in);
        }
        return Double.parseDouble(p.getProperty(key));
    }

    private static Path febrl() {
        Path dir = repoRoot().resolve("../shared/data/linkage/febrl").normalize();
        assumeTrue(Files.isDirectory(dir), "FEBRL not found at " + dir + "; skipping the FEBRL quality gate");
        return dir;
    }

    private LinkageScore febrlScore(List<Path> inputs) {
        Path out = tmp.resolve("clusters.csv");
        LinkageSettingsFile settings = LinkageSettingsFile.read(repoRoot().resolve("bench/linkage/febrl.json"));
        new LinkService().link(inputs, settings, out);
        return new LinkageEvaluationService().evaluate(out, new LinkageEvaluationService.TruthSpec(
                java.util.Optional.empty(), "record_id", "cluster_id", java.util.Optional.of("rec-(\\d+)")));
    }

    @Test
    void febrl4LinksAtLeastAsWellAsTheBaseline() throws IOException {
        Path dir = febrl();
        LinkageScore score = febrlScore(List.of(dir.resolve("dataset4a.csv"), dir.resolve("dataset4b.csv")));

        System.out.printf(Locale.ROOT, "linkage quality FEBRL 4a+4b: pairwise F1 %.4f, B-cubed F1 %.4f%n",
                score.pairF1(), score.bcubedF1());
        assertThat(score.pairF1()).isGreaterThanOrEqualTo(baseline("febrl4.pair_f1"));
    }

    @Test
    void febrl3DeduplicatesAtLeastAsWellAsTheBaseline() throws IOException {
        Path dir = febrl();
        LinkageScore score = febrlScore(List.of(dir.resolve("dataset3.csv")));

        System.out.printf(Locale.ROOT, "linkage quality FEBRL 3: pairwise F1 %.4f, B-cubed F1 %.4f%n",
                score.pairF1(), score.bcubedF1());
        assertThat(score.pairF1()).isGreaterThanOrEqualTo(baseline("febrl3.pair_f1"));
    }

    @Test
    void generatedRussianRecordsLinkAtLeastAsWellAsTheBaseline() throws IOException {
        StringWriter csv = new StringWriter();
        List<String> truth = new RussianPersonGenerator(1937).write(10_000, csv);
        List<LinkRecord> records = LinkageBench.parse(csv.toString());

        LinkResult result = Linker.of(LinkSettings.person()).link(records);

        Map<String, String> predicted = new HashMap<>();
        Map<String, String> expected = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            predicted.put(records.get(i).id(), Integer.toString(result.cluster()[i]));
            expected.put(records.get(i).id(), truth.get(i));
        }
        LinkageScore score = LinkageScorer.score(predicted, expected);
        System.out.printf(Locale.ROOT, "linkage quality generated Russian 10k: pairwise F1 %.4f, B-cubed F1 %.4f%n",
                score.pairF1(), score.bcubedF1());
        assertThat(score.pairF1()).isGreaterThanOrEqualTo(baseline("russian10k.pair_f1"));
        assertThat(score.bcubedF1()).isGreaterThanOrEqualTo(baseline("russian10k.bcubed_f1"));
    }

    @Test
    void independentlyGeneratedRecordsLinkAtLeastAsWellAsTheBaseline() throws IOException {
        // 'snegov generate' (another generator with other quirks: OCR, cards with initials, many namesakes)
        Path csv = tmp.resolve("generated.csv");
        Path truth = tmp.resolve("generated-truth.csv");
        new GenerateService().generate(3_000, 7, csv, truth, null);
        Path out = tmp.resolve("generated-clusters.csv");

        new LinkService().link(List.of(csv), LinkageSettingsFile.person(), out);
        LinkageScore score = new LinkageEvaluationService().evaluate(out, new LinkageEvaluationService.TruthSpec(
                java.util.Optional.of(truth), "record_id", "person_id", java.util.Optional.empty()));

        System.out.printf(Locale.ROOT, "linkage quality 'snegov generate' 3000 persons: pairwise F1 %.4f, B-cubed F1 %.4f%n",
                score.pairF1(), score.bcubedF1());
        assertThat(score.pairF1()).isGreaterThanOrEqualTo(baseline("generate3k.pair_f1"));
        assertThat(score.bcubedF1()).isGreaterThanOrEqualTo(baseline("generate3k.bcubed_f1"));
    }

    @Test
    void theGeneratorWritesPersonCsvWhoseTruthHasRelativesAndNamesakes() throws IOException {
        StringWriter csv = new StringWriter();
        List<String> truth = new RussianPersonGenerator(1).write(2_000, csv);
        String text = csv.toString();

        assertThat(text).startsWith(RussianPersonGenerator.HEADER + "\n");
        assertThat(text.lines().count()).isEqualTo(2_001);
        assertThat(truth).hasSize(2_000);
        assertThat(new java.util.HashSet<>(truth).size()).isBetween(800, 1_600);
        Matcher latin = Pattern.compile(",[A-Z][a-z]").matcher(text);
        assertThat(latin.find()).as("some records are transliterated").isTrue();
        assertThat(text).contains(",И.,").as("some patronymics are initials");
    }
}
