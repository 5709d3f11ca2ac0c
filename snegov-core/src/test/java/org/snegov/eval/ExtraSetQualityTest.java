package org.snegov.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The second quality gate, on the committed sets in {@code src/test/resources/eval-extra} (see its README): 5 English
 * and 4 Russian biographies written for the project, and the 10 English biographies of {@code heldout2} in varied
 * styles (timelines, telegraphic fragments, authorities as subject, heavy passives). Prints the figures and fails
 * below the committed baseline. All of these were read while writing rules (first as held-out sets, then as
 * development data); unseen texts are the measure of generality, so a rule added here must be a rule of English.
 */
class ExtraSetQualityTest {

    private static Path dir(String name) throws URISyntaxException {
        return Path.of(ExtraSetQualityTest.class.getResource("/eval-extra/" + name).toURI());
    }

    @Test
    void meetsTheBaselineOnTheEnglishHeldOutSet() throws IOException, URISyntaxException {
        ExtractionScore s = new ExtractionScorer().score(DevSetQualityTest.cases(dir("bios"), dir("gold")));
        System.out.println(DevSetQualityTest.report("Held-out English set", s));

        assertThat(s.events().precision()).as("event precision").isGreaterThanOrEqualTo(0.97);
        assertThat(s.events().f1()).as("event F1").isGreaterThanOrEqualTo(0.965);
        assertThat(s.birthAccuracy()).as("birth").isGreaterThanOrEqualTo(0.95);
        assertThat(s.deathAccuracy()).as("death").isGreaterThanOrEqualTo(0.95);
        assertThat(s.peopleRecall()).as("people recall").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void meetsTheBaselineOnTheSecondEnglishSetOfVariedStyles() throws IOException, URISyntaxException {
        ExtractionScore s = new ExtractionScorer().score(DevSetQualityTest.cases(dir("heldout2/bios"),
                dir("heldout2/gold")));
        System.out.println(DevSetQualityTest.report("Second English set (heldout2)", s));

        // 0.963 measured by the README's rule, where each of a conflicting pair is its own prediction.
        assertThat(s.events().precision()).as("event precision").isGreaterThanOrEqualTo(0.95);
        assertThat(s.events().f1()).as("event F1").isGreaterThanOrEqualTo(0.925);
        assertThat(s.birthAccuracy()).as("birth").isGreaterThanOrEqualTo(0.95);
        assertThat(s.deathAccuracy()).as("death").isGreaterThanOrEqualTo(0.95);
        // 0.907 since a calling or kinship noun names the person after it ("the poet Itzik Fefer", "his son Dmitry");
        // 0.953 since titles with one name, authors of works and more well-known surnames alone count (decision 12).
        assertThat(s.peopleRecall()).as("people recall").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void meetsTheBaselineOnTheRussianHeldOutSet() throws IOException, URISyntaxException {
        ExtractionScore s = new ExtractionScorer().score(DevSetQualityTest.cases(dir("bios-ru"), dir("gold-ru")));
        System.out.println(DevSetQualityTest.report("Held-out Russian set", s));

        assertThat(s.events().precision()).as("event precision").isGreaterThanOrEqualTo(0.97);
        assertThat(s.events().f1()).as("event F1").isGreaterThanOrEqualTo(0.97);
        assertThat(s.birthAccuracy()).as("birth").isGreaterThanOrEqualTo(0.95);
        assertThat(s.deathAccuracy()).as("death").isGreaterThanOrEqualTo(0.95);
        // 1.000 since an initialled surname governed by "по доносу" is named in the nominative ("Н. К. Беляев").
        assertThat(s.peopleRecall()).as("people recall").isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void meetsTheBaselineOnTheBirthAndDeathDocuments() throws IOException, URISyntaxException {
        ExtractionScore s = new ExtractionScorer().score(DevSetQualityTest.cases(dir("vitals/bios"),
                dir("vitals/gold")));
        System.out.printf(java.util.Locale.ROOT, "Birth and death documents, %d: birth %.3f, death %.3f%n",
                s.documents(), s.birthAccuracy(), s.deathAccuracy());
        assertThat(s.birthAccuracy()).as("birth").isGreaterThanOrEqualTo(0.95);
        assertThat(s.deathAccuracy()).as("death").isGreaterThanOrEqualTo(0.90);
    }
}
