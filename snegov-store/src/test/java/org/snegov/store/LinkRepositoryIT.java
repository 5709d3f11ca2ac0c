package org.snegov.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snegov.model.Evidence;
import org.snegov.model.NameKind;
import org.snegov.model.PartialDate;
import org.snegov.model.PersonName;
import org.snegov.model.Place;
import org.snegov.model.Source;
import org.snegov.model.SourceRecord;
import org.snegov.model.Vital;

class LinkRepositoryIT {

    private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path dir;

    /** Stores one source per text, one record and one person per source; returns the record ids. */
    private static List<String> seed(Store store, String... texts) {
        return store.transaction(r -> {
            List<String> ids = new java.util.ArrayList<>();
            for (String text : texts) {
                Source source = Source.of(text + ".txt", "text/plain", text.getBytes(StandardCharsets.UTF_8), AT);
                Evidence ev = Evidence.of(source.id(), text, 0, text.length());
                SourceRecord record = new SourceRecord(SourceRecord.idFor(source.id(), 0), source.id(), "test/1",
                        List.of(new PersonName(text, text.split(" ")[0], text.split(" ")[1], null, NameKind.PRIMARY, ev)),
                        new Vital(PartialDate.ofYear(1901), Place.of("Tver"), ev), null, List.of(), List.of(), List.of());
                r.sources().add(source);
                r.records().add(record, 0);
                r.persons().add("p-" + record.id(), List.of(record.id()), AT);
                ids.add(record.id());
            }
            return ids;
        });
    }

    @Test
    void readsEachRecordsLinkageValues() {
        try (Store store = Store.openSqlite(dir)) {
            List<String> ids = seed(store, "Testov Ivan");

            var linkable = store.read(r -> r.links().linkable());

            assertThat(linkable).singleElement().satisfies(x -> {
                assertThat(x.id()).isEqualTo(ids.get(0));
                assertThat(x.surname()).isEqualTo("Testov");
                assertThat(x.given()).isEqualTo("Ivan");
                assertThat(x.birthDate()).isEqualTo("1901");
                assertThat(x.birthPlace()).isEqualTo("Tver");
            });
        }
    }

    @Test
    void aMergedPersonRedirectsToTheSurvivor() {
        try (Store store = Store.openSqlite(dir)) {
            List<String> ids = seed(store, "Testov Ivan", "Testow Iwan");
            String survivor = "p-" + ids.get(0);
            String merged = "p-" + ids.get(1);

            store.transaction(r -> {
                r.links().reassign(Map.of(ids.get(1), survivor), Map.of(merged, survivor), AT);
                return null;
            });

            Map<String, String> membership = store.read(r -> r.links().membership());
            java.util.Optional<String> resolved = store.read(r -> r.links().resolvePerson(merged));
            Map<String, Instant> persons = store.read(r -> r.links().personsCreated());
            assertThat(membership).containsEntry(ids.get(1), survivor);
            assertThat(resolved).contains(survivor);
            assertThat(persons).containsOnlyKeys(survivor);
        }
    }

    @Test
    void aRetractedDecisionStaysOnRecordButNoLongerStands() {
        try (Store store = Store.openSqlite(dir)) {
            List<String> ids = seed(store, "Testov Ivan", "Testow Iwan");
            store.transaction(r -> {
                r.links().addDecision(new LinkRepository.Decision("d1", ids.get(0), ids.get(1), "different", "me",
                        null, AT, null));
                return null;
            });

            boolean retracted = store.transaction(r -> r.links().retractDecision("d1", AT));
            boolean again = store.transaction(r -> r.links().retractDecision("d1", AT));

            assertThat(retracted).isTrue();
            assertThat(again).isFalse();
            List<LinkRepository.Decision> standing = store.read(r -> r.links().decisions());
            assertThat(standing).isEmpty();
        }
    }

    @Test
    void replacingLinksOfARecordKeepsTheOthers() {
        try (Store store = Store.openSqlite(dir)) {
            List<String> ids = seed(store, "Testov Ivan", "Testow Iwan", "Probnikov Petr");
            store.transaction(r -> {
                r.links().replaceLinks(List.of(), List.of(
                        new LinkRepository.StoredLink(ids.get(0), ids.get(1), 9, 0.99, "same"),
                        new LinkRepository.StoredLink(ids.get(1), ids.get(2), 1, 0.6, "maybe")), "linker/1", "run1");
                r.links().replaceLinks(List.of(ids.get(2)), List.of(), "linker/1", "run2");
                return null;
            });

            List<LinkRepository.StoredLink> maybe = store.read(r -> r.links().maybeLinks(10));
            java.util.Optional<LinkRepository.StoredLink> kept = store.read(r -> r.links().link(ids.get(0), ids.get(1)));
            assertThat(maybe).isEmpty();
            assertThat(kept).isPresent();
        }
    }
}
