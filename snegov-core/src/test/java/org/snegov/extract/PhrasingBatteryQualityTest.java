package org.snegov.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snegov.model.EventType;
import org.snegov.model.LifeEvent;

/**
 * The phrasing batteries of {@code src/test/resources/eval-extra/batteries} (see its README): cases written for the
 * project about invented persons, each a text and the subject's events it states ({@code type date}, joined by
 * ", "). Prints, per battery, how many cases come out exactly and the events' precision, recall and F1 (an event
 * matches one of the same type and date), and fails below the committed baseline. These were read while writing
 * rules: they guard against regressions, they do not measure generality.
 */
class PhrasingBatteryQualityTest {

    private final EventExtractor extractor = new EventExtractor();
    private final MentionFinder mentions = new MentionFinder();

    private static List<String[]> cases(String name) throws IOException {
        try (InputStream in = PhrasingBatteryQualityTest.class.getResourceAsStream("/eval-extra/batteries/" + name)) {
            assertThat(in).as(name).isNotNull();
            List<String[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                String[] cols = line.split("\t");
                assertThat(cols).as(line).hasSize(2);
                out.add(cols);
            }
            return out;
        }
    }

    /** The subject the case is about: "Anna Petrova" when the text names her, else "Ivan Petrov". */
    private static String subject(String text) {
        return text.contains("Petrova") ? "Anna Petrova" : "Ivan Petrov";
    }

    /** A text's paragraphs: the batteries write a paragraph break as the two characters backslash and n. */
    private static String[] paragraphs(String text) {
        return text.split("\\\\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            battery.tsv  | 0.96
            battery2.tsv | 0.89
            battery3.tsv | 0.91
            battery4.tsv | 0.91
            careers.tsv  | 0.82
            styles.tsv   | 0.75
            """)
    void meetsTheBaselineOnTheEventBattery(String name, double baseline) throws IOException {
        int exact = 0;
        int matched = 0;
        int predicted = 0;
        int gold = 0;
        List<String[]> cases = cases(name);
        for (String[] c : cases) {
            String subject = subject(c[0]);
            List<LifeEvent> events = extractor.extract(Biographies.of(subject, paragraphs(c[0])), Biographies.SOURCE,
                    SubjectNames.of(subject));
            List<String> got = events.stream().filter(e -> e.type() != EventType.OTHER)
                    .map(e -> e.type().code() + " " + (e.date() == null ? "-" : e.date().iso())).toList();
            List<String> want = c[1].strip().equals("none") ? List.of() : List.of(c[1].strip().split(",\\s*"));
            List<String> left = new ArrayList<>(want);
            int m = 0;
            for (String g : got) {
                if (left.remove(g)) m++;
            }
            matched += m;
            predicted += got.size();
            gold += want.size();
            if (m == want.size() && m == got.size()) exact++;
        }
        double p = matched / (double) predicted;
        double r = matched / (double) gold;
        double f1 = 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "%s: %d cases, %d exactly right; events P %.3f R %.3f F1 %.3f%n", name,
                cases.size(), exact, p, r, f1);
        assertThat(f1).as(name + " events F1").isGreaterThanOrEqualTo(baseline);
    }

    @Test
    void meetsTheBaselineOnThePeopleBattery() throws IOException {
        int found = 0;
        int gold = 0;
        for (String[] c : cases("people.tsv")) {
            List<String> got = mentions.find(Biographies.of("Ivan Petrov", paragraphs(c[0])), Biographies.SOURCE,
                    SubjectNames.of("Ivan Petrov")).stream().map(m -> m.name().toLowerCase(Locale.ROOT)).toList();
            if (c[1].strip().equals("none")) continue;
            for (String w : c[1].split("\\s*\\|\\s*")) {
                String name = w.strip().toLowerCase(Locale.ROOT);
                String surname = name.substring(name.lastIndexOf(' ') + 1);
                gold++;
                // the evaluation README's rule: the name or its surname
                if (got.stream().anyMatch(g -> g.equals(name) || g.endsWith(surname))) found++;
            }
        }
        double recall = found / (double) gold;
        System.out.printf(Locale.ROOT, "people.tsv: recall %.3f (%d/%d)%n", recall, found, gold);
        assertThat(recall).as("people recall").isGreaterThanOrEqualTo(0.97);
    }
}
