package org.snegov.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonSearcherIT {

    @TempDir
    Path dir;

    private static final PersonDocument SNEGOV = new PersonDocument("p0000000001", "Alexei Snegov",
            "Алексей Владимирович Снегов", List.of("Alexei Snegov", "Алексей Владимирович Снегов"), 1898, "Kiev",
            List.of("Kiev", "Moscow"), List.of("arrest", "rehabilitation"));
    private static final PersonDocument TESTOV = new PersonDocument("p0000000002", "Ivan Testov", null,
            List.of("Ivan Testov"), 1901, "Tver", List.of("Tver", "Moscow"), List.of("arrest"));

    private void indexBoth() {
        try (PersonIndexer indexer = PersonIndexer.open(dir)) {
            indexer.index(SNEGOV);
            indexer.index(TESTOV);
            indexer.commit();
        }
    }

    @Test
    void findsAPersonByCyrillicAndByLatinSpelling() {
        indexBoth();
        try (PersonSearcher searcher = PersonSearcher.open(dir)) {
            assertThat(searcher.search("Снегов", 0, 10).hits()).extracting(SearchHit::personId).containsExactly("p0000000001");
            assertThat(searcher.search("Snegov", 0, 10).hits()).extracting(SearchHit::personId).containsExactly("p0000000001");
            assertThat(searcher.search("Алексей Снегов", 0, 10).hits()).extracting(SearchHit::personId).containsExactly("p0000000001");
        }
    }

    @Test
    void requiresEveryWordAndUsesYearsAndPlaces() {
        indexBoth();
        try (PersonSearcher searcher = PersonSearcher.open(dir)) {
            assertThat(searcher.search("Testov 1901", 0, 10).hits()).extracting(SearchHit::personId).containsExactly("p0000000002");
            assertThat(searcher.search("Testov 1898", 0, 10).total()).isZero();
            assertThat(searcher.search("Moscow", 0, 10).total()).isEqualTo(2);
        }
    }

    @Test
    void returnsStoredFieldsOfAHit() {
        indexBoth();
        try (PersonSearcher searcher = PersonSearcher.open(dir)) {
            SearchHit hit = searcher.search("snegov", 0, 10).hits().get(0);
            assertThat(hit.name()).isEqualTo("Alexei Snegov");
            assertThat(hit.nativeName()).isEqualTo("Алексей Владимирович Снегов");
            assertThat(hit.birthYear()).isEqualTo(1898);
            assertThat(hit.birthPlace()).isEqualTo("Kiev");
        }
    }

    @Test
    void replacesADocumentReindexedUnderTheSameId() {
        indexBoth();
        indexBoth();
        try (PersonSearcher searcher = PersonSearcher.open(dir)) {
            assertThat(searcher.search("", 0, 10).total()).isEqualTo(2);
        }
    }

    @Test
    void findsAddedPersonsAsIndexedOnesAndAReplacementOfAnAddedOneLeavesOneDocument() {
        try (PersonIndexer indexer = PersonIndexer.open(dir)) {
            indexer.add(SNEGOV);
            indexer.add(TESTOV);
            indexer.commit();
        }
        try (PersonSearcher searcher = PersonSearcher.open(dir)) {
            assertThat(searcher.search("Снегов", 0, 10).hits()).extracting(SearchHit::personId).containsExactly("p0000000001");
            assertThat(searcher.search("Testov 1901", 0, 10).hits()).extracting(SearchHit::personId).containsExactly("p0000000002");
        }
        indexBoth();
        try (PersonSearcher searcher = PersonSearcher.open(dir)) {
            assertThat(searcher.search("", 0, 10).total()).isEqualTo(2);
        }
    }

    @Test
    void pagesThroughHits() {
        indexBoth();
        try (PersonSearcher searcher = PersonSearcher.open(dir)) {
            assertThat(searcher.search("", 1, 10).hits()).hasSize(1);
            assertThat(searcher.search("", 5, 10).hits()).isEmpty();
        }
    }

    @Test
    void opensAnEmptyIndexWhereNoneExists() {
        try (PersonSearcher searcher = PersonSearcher.open(dir.resolve("fresh"))) {
            assertThat(searcher.search("anything", 0, 10).total()).isZero();
        }
    }
}
