package org.snegov.read.biography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snegov.model.EventType;
import org.snegov.model.Issue;
import org.snegov.model.LifeEvent;
import org.snegov.model.Source;
import org.snegov.model.SourceRecord;
import org.snegov.read.ReadResult;

/** The founding biography, shipped in the repository as {@code samples/alexei-snegov.txt}. */
class BiographyReaderTest {

    private static final BiographyReader READER = new BiographyReader();
    private static Source source;
    private static SourceRecord record;

    @BeforeAll
    static void readTheFoundingBiography() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("../samples/alexei-snegov.txt"));
        source = Source.of("alexei-snegov.txt", "text/plain; charset=UTF-8", bytes, Instant.EPOCH);
        ReadResult result = READER.read(source);
        assertThat(result.issues()).isEmpty();
        assertThat(result.records()).hasSize(1);
        record = result.records().get(0);
    }

    private static List<String> events(EventType type) {
        return record.events().stream().filter(e -> e.type() == type)
                .map(e -> e.date() == null ? "-" : e.date().iso()).toList();
    }

    @Test
    void namesTheSubjectByTitleAndNativeName() {
        assertThat(record.primaryName().full()).isEqualTo("Alexei Snegov");
        assertThat(record.nativeName()).hasValueSatisfying(n -> {
            assertThat(n.full()).isEqualTo("Алексей Владимирович Снегов");
            assertThat(n.given()).isEqualTo("Алексей");
            assertThat(n.patronymic()).isEqualTo("Владимирович");
            assertThat(n.surname()).isEqualTo("Снегов");
        });
    }

    @Test
    void findsBirthIn1898InKievAndDeathOn18September1989InMoscow() {
        assertThat(record.birth().date().iso()).isEqualTo("1898");
        assertThat(record.birth().place().firstToponym()).isEqualTo("Kiev");
        assertThat(record.death().date().iso()).isEqualTo("1989-09-18");
        assertThat(record.death().place().firstToponym()).isEqualTo("Moscow");
        assertThat(record.death().evidence().text()).contains("18 September 1989");
    }

    @Test
    void findsTheKeyEventsAtTheirStatedPrecision() {
        assertThat(events(EventType.ARREST)).containsExactly("1937-06", "1939-01-04");
        assertThat(events(EventType.REHABILITATION)).containsExactly("1954-03-06");
        assertThat(events(EventType.EXPULSION)).containsExactly("1967");
        assertThat(events(EventType.REINSTATEMENT)).containsExactly("1967");
        assertThat(events(EventType.PARTY_JOIN)).containsExactly("1917-04");
        assertThat(events(EventType.RETIREMENT)).containsExactly("1964");
    }

    @Test
    void givesNoArrestForYezhovsArrest() {
        assertThat(record.events()).filteredOn(e -> e.type() == EventType.ARREST)
                .noneMatch(e -> e.evidence().text().contains("Yezhov") && e.date() == null);
        assertThat(record.events()).filteredOn(e -> e.type() == EventType.ARREST).hasSize(2);
    }

    @Test
    void pointsEveryEvidenceAtItsExactText() {
        String text = source.text();
        for (LifeEvent e : record.events()) {
            assertThat(text.substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
        }
        record.mentions().forEach(m ->
                assertThat(text.substring(m.evidence().start(), m.evidence().end())).isEqualTo(m.evidence().text()));
        assertThat(record.birth().evidence().sourceId()).isEqualTo(source.id());
    }

    @Test
    void findsThePeopleMentionedAndResolvesSurnames() {
        assertThat(record.mentions()).extracting(m -> m.name()).contains("Nikolai Yezhov", "Anastas Mikoyan",
                "Lavrentiy Beria", "Nikita Khrushchev", "Roy Medvedev", "Sheila Fitzpatrick", "Olga Shatunovskaya")
                .doesNotContain("Mikoyan", "Alexei Snegov", "Snegov");
    }

    @Test
    void findsRelationsToThePeopleMentioned() {
        assertThat(record.relations()).extracting(r -> r.type().code() + " " + r.person())
                .contains("advised Nikita Khrushchev", "worked_with Lavrentiy Beria", "acquainted_with Roy Medvedev");
    }

    @Test
    void identifiesTheRecordAndItsProducer() {
        assertThat(record.id()).isEqualTo(SourceRecord.idFor(source.id(), 0));
        assertThat(record.producer()).isEqualTo("biography-extractor/1");
        assertThat(record.sourceId()).isEqualTo(source.id());
    }

    @Test
    void reportsATextThatIsNotABiographyAsOneIssue() {
        Source csv = Source.of("people.csv", "text/csv", "name,born\nIvan Petrov,1898\n".getBytes(StandardCharsets.UTF_8),
                Instant.EPOCH);
        ReadResult r = READER.read(csv);
        assertThat(r.records()).isEmpty();
        assertThat(r.issues()).containsExactly(new Issue("people.csv", 1, 1,
                "not a biography: expected a first line '= Title ='", "name,born"));
    }

    @Test
    void truncatesTheRawLineOfALongNonBiography() {
        Source junk = Source.of("junk.bin", "application/octet-stream", "x".repeat(500).getBytes(StandardCharsets.UTF_8),
                Instant.EPOCH);
        assertThat(READER.read(junk).issues().get(0).raw()).hasSize(80);
    }
}
