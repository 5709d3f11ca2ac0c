package org.snegov.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snegov.model.Evidence;
import org.snegov.model.EventType;
import org.snegov.model.Issue;
import org.snegov.model.LifeEvent;
import org.snegov.model.Mention;
import org.snegov.model.NameKind;
import org.snegov.model.PartialDate;
import org.snegov.model.Person;
import org.snegov.model.PersonName;
import org.snegov.model.Place;
import org.snegov.model.Relation;
import org.snegov.model.RelationType;
import org.snegov.model.Source;
import org.snegov.model.SourceRecord;
import org.snegov.model.Vital;

class StoreIT {

    private static final String TEXT = "= Ivan Testov =\nIvan Testov (Иван Тестов; 1901, Tver – 1938) was arrested on 4 May 1937 with Petr Probnikov.";
    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path dir;

    private final Source source = Source.of("testov.txt", "text/plain; charset=UTF-8", TEXT.getBytes(StandardCharsets.UTF_8), AT);

    private Evidence ev(String fragment) {
        int start = TEXT.indexOf(fragment);
        return Evidence.of(source.id(), TEXT, start, start + fragment.length());
    }

    private SourceRecord record() {
        return new SourceRecord(SourceRecord.idFor(source.id(), 0), source.id(), "test/1",
                List.of(new PersonName("Ivan Testov", "Testov", "Ivan", null, NameKind.PRIMARY, ev("Ivan Testov")),
                        new PersonName("Иван Тестов", "Тестов", "Иван", null, NameKind.NATIVE, ev("Иван Тестов"))),
                new Vital(PartialDate.ofYear(1901), Place.of("Tver"), ev("1901, Tver")),
                new Vital(PartialDate.ofYear(1938), null, ev("1938")),
                List.of(LifeEvent.of(EventType.ARREST, PartialDate.ofDay(1937, 5, 4), null, ev("was arrested on 4 May 1937"))),
                List.of(new Mention("Petr Probnikov", ev("Petr Probnikov"))),
                List.of(new Relation("Petr Probnikov", RelationType.ACQUAINTED_WITH, ev("with Petr Probnikov"))));
    }

    @Test
    void listsPersonsInTheOrderTheirFirstRecordsWereStoredWhateverTheirIds() {
        try (Store store = Store.openSqlite(dir)) {
            store.transaction(r -> {
                r.sources().add(source);
                for (int i = 0; i < 4; i++) {
                    SourceRecord base = record();
                    SourceRecord record = new SourceRecord(SourceRecord.idFor(source.id(), i), source.id(), "test/1",
                            base.names(), base.birth(), base.death(), base.events(), base.mentions(), base.relations());
                    r.records().add(record, i);
                }
                // Person p-b is made of the first record and the last one.
                r.persons().add("p-b", List.of(SourceRecord.idFor(source.id(), 0), SourceRecord.idFor(source.id(), 3)), AT);
                r.persons().add("p-d", List.of(SourceRecord.idFor(source.id(), 1)), AT);
                r.persons().add("p-a", List.of(SourceRecord.idFor(source.id(), 2)), AT);
                return null;
            });

            List<String> ids = store.read(r -> r.persons().ids());
            assertThat(ids).containsExactly("p-b", "p-d", "p-a");
        }
    }

    @Test
    void keepsSourceBytesAndRecordClaimsThroughARoundTrip() {
        try (Store store = Store.openSqlite(dir)) {
            SourceRecord record = record();
            store.transaction(r -> {
                r.sources().add(source);
                r.records().add(record, 0);
                r.issues().add(source.id(), List.of(new Issue("testov.txt", 2, 5, "odd", "raw")));
                r.persons().add(Person.idFor(record.id()), List.of(record.id()), AT);
                return null;
            });

            Source back = store.read(r -> r.sources().find(source.id())).orElseThrow();
            assertThat(back.content()).isEqualTo(source.content());
            assertThat(back).isEqualTo(source);
            Optional<SourceRecord> found = store.read(r -> r.records().find(record.id()));
            assertThat(found).contains(record);
            List<SourceRecord> ofSource = store.read(r -> r.records().ofSource(source.id()));
            assertThat(ofSource).containsExactly(record);
            List<Issue> issues = store.read(r -> r.issues().ofSource(source.id()));
            assertThat(issues).containsExactly(new Issue("testov.txt", 2, 5, "odd", "raw"));
            Person person = store.read(r -> r.persons().find(Person.idFor(record.id()))).orElseThrow();
            assertThat(person.records()).containsExactly(record);
            Optional<String> owner = store.read(r -> r.persons().personOf(record.id()));
            assertThat(owner).contains(person.id());
            StoreCounts counts = store.read(Repositories::counts);
            assertThat(counts.sources()).isEqualTo(1);
            assertThat(counts.records()).isEqualTo(1);
            assertThat(counts.persons()).isEqualTo(1);
            assertThat(counts.eventsByType()).containsEntry("arrest", 1L);
            List<SourceSummary> listed = store.read(r -> r.sources().list());
            assertThat(listed).singleElement()
                    .satisfies(s -> assertThat(s.records()).isEqualTo(1))
                    .satisfies(s -> assertThat(s.issues()).isEqualTo(1));
        }
    }

    @Test
    void leavesNothingBehindWhenATransactionFails() {
        try (Store store = Store.openSqlite(dir)) {
            assertThatThrownBy(() -> store.transaction(r -> {
                r.sources().add(source);
                r.records().add(record(), 0);
                r.records().add(record(), 1); // same id: violates the primary key
                return null;
            })).isInstanceOf(StoreException.class).hasMessageContaining("Could not write");

            boolean kept = store.read(r -> r.sources().contains(source.id()));
            assertThat(kept).isFalse();
            assertThat(store.read(Repositories::counts).records()).isZero();
        }
    }

    @Test
    void reopensAnExistingRegistryWithoutMigratingTwice() {
        try (Store store = Store.openSqlite(dir)) {
            store.transaction(r -> {
                r.sources().add(source);
                return null;
            });
        }
        try (Store again = Store.openSqlite(dir)) {
            boolean kept = again.read(r -> r.sources().contains(source.id()));
            assertThat(kept).isTrue();
        }
    }

    @Test
    void countsEventsPerYearAndMonthAndTopBirthplaces() {
        try (Store store = Store.openSqlite(dir)) {
            SourceRecord record = record();
            store.transaction(r -> {
                r.sources().add(source);
                r.records().add(record, 0);
                return null;
            });
            List<StatisticsRepository.PeriodCount> years = store.read(r -> r.statistics().eventsByPeriod(4, null, null));
            List<StatisticsRepository.PeriodCount> months = store.read(r -> r.statistics().eventsByPeriod(7, "1936-01", "1939-12"));
            List<StatisticsRepository.PeriodCount> outside = store.read(r -> r.statistics().eventsByPeriod(7, "1938-01", null));
            List<StatisticsRepository.ValueCount> places = store.read(r -> r.statistics().topBirthplaces(5));

            assertThat(years).containsExactly(new StatisticsRepository.PeriodCount("arrest", "1937", 1));
            assertThat(months).containsExactly(new StatisticsRepository.PeriodCount("arrest", "1937-05", 1));
            assertThat(outside).isEmpty();
            assertThat(places).containsExactly(new StatisticsRepository.ValueCount("Tver", 1));
        }
    }

    @Test
    void answersEmptyForUnknownIds() {
        try (Store store = Store.openSqlite(dir)) {
            Optional<Source> noSource = store.read(r -> r.sources().find("0".repeat(64)));
            Optional<SourceRecord> noRecord = store.read(r -> r.records().find("nope"));
            Optional<Person> noPerson = store.read(r -> r.persons().find("p0000000000"));
            assertThat(noSource).isEmpty();
            assertThat(noRecord).isEmpty();
            assertThat(noPerson).isEmpty();
        }
    }
}
