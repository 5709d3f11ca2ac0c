package org.snegov.read.biography;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.snegov.model.Source;
import org.snegov.model.SourceRecord;
import org.snegov.model.Vital;

/** Birth and death as invented biographies write them: bounds, unknown places, camps, and deaths the body dates. */
class VitalsTest {

    private static final BiographyReader READER = new BiographyReader();

    /** A biography of {@code name} in the registry format: its infobox lines (may be empty), then its paragraphs. */
    private static SourceRecord read(String name, String infobox, String... paragraphs) {
        StringBuilder text = new StringBuilder("= " + name + " =\n\n" + name + "\n" + infobox + "\n");
        for (String p : paragraphs) {
            text.append('\n').append(p).append('\n');
        }
        Source source = Source.of("petrov.txt", "text/plain; charset=UTF-8",
                text.toString().getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
        return READER.read(source).records().get(0);
    }

    private static String show(Vital v) {
        if (v == null) return "none";
        return (v.date() == null ? "-" : v.date().iso()) + " | " + (v.place() == null ? "-" : v.place().asWritten());
    }

    @Test
    void datesADeathKnownByItsYearAsTheBodyTellsIt() {
        SourceRecord r = read("Ivan Petrov", "- Born: 4 January 1899, Tver, Russian Empire\n- Died: 1938, Moscow Oblast",
                "Ivan Petrov (1899–1938) was a Soviet engineer.",
                "He was arrested in 1937. On 21 February 1938 he was sentenced to death and shot the same day.");
        assertThat(show(r.death())).isEqualTo("1938-02-21 | Moscow Oblast");
        assertThat(r.death().evidence().text()).contains("shot");
    }

    @Test
    void readsNoDateFromABoundAndNoPlaceFromUnknown() {
        SourceRecord r = read("Ivan Petrov", "- Born: 1899, Tver\n- Died: after 1945, place unknown",
                "Ivan Petrov was a Soviet engineer.");
        assertThat(show(r.death())).isEqualTo("none");
    }

    @Test
    void keepsAnOrdinalInAPlaceNameButNoNumber() {
        SourceRecord r = read("Ivan Petrov", "- Born: 1896, 2nd Khatyn-Arynsky nasleg, Namsky ulus\n- Died: 1938, (aged 42)",
                "Petrov was a folklorist.");
        assertThat(r.birth().place().asWritten()).isEqualTo("2nd Khatyn-Arynsky nasleg, Namsky ulus");
        assertThat(r.death().place()).isNull();
    }

    @Test
    void findsTheCampNearWhichTheSubjectDied() {
        SourceRecord r = read("Anna Petrova", "", "Anna Petrova (1901–1943) was a Soviet teacher.",
                "She was arrested in 1937. She died in a camp near Vorkuta in 1943.");
        assertThat(show(r.death())).isEqualTo("1943 | Vorkuta");
    }

    @Test
    void readsAnExecutionAsTheDeathWhenNothingElseGivesIt() {
        SourceRecord r = read("Ivan Petrov", "", "Ivan Petrov was a Soviet priest.",
                "He was arrested in July 1937. He was shot in Butovo on 8 August 1937.");
        assertThat(show(r.death())).isEqualTo("1937-08-08 | Butovo");
    }
}
