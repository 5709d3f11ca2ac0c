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
    void countsACommonSurnameUpToTheLimitThenSaysTheTotalIsALowerBound() {
        try (PersonIndexer indexer = PersonIndexer.open(dir)) {
            for (int i = 0; i < 3 * PersonSearcher.COUNT_UP_TO; i++) {
                String id = String.format(java.util.Locale.ROOT, "pf%09d", i);
                indexer.index(new PersonDocument(id, "Иван Иванов", null, List.of("Иванов Иван"), 1890 + i % 20,
                        "Тверь", List.of("Тверь"), List.of("arrest")));
            }
            indexer.index(TESTOV);
            indexer.commit();
        }
        try (PersonSearcher searcher = PersonSearcher.open(dir)) {
            SearchResult common = searcher.search("Иванов", 0, 20, false);
            assertThat(common.totalIsLowerBound()).isTrue();
            assertThat(common.total()).isBetween((long) PersonSearcher.COUNT_UP_TO, 3L * PersonSearcher.COUNT_UP_TO);
            assertThat(common.hits()).hasSize(20).allSatisfy(h -> assertThat(h.name()).isEqualTo("Иван Иванов"));
            SearchResult withFacets = searcher.search("Иванов", 0, 20, true);
            assertThat(withFacets.totalIsLowerBound()).as("facets count every match").isFalse();
            assertThat(withFacets.total()).isEqualTo(3L * PersonSearcher.COUNT_UP_TO);
            SearchResult rare = searcher.search("Testov", 0, 20, false);
            assertThat(rare.totalIsLowerBound()).isFalse();
            assertThat(rare.total()).isEqualTo(1);
            assertThat(searcher.search("Иванов born:1890", 0, 20, false)).satisfies(r -> {
                assertThat(r.total()).isEqualTo(3L * PersonSearcher.COUNT_UP_TO / 20);
                assertThat(r.totalIsLowerBound()).isFalse();
            });
        }
    }

    @Test
    void ranksTheStrongestEvidenceFirstEvenPastTheCountingLimit() {
        try (PersonIndexer indexer = PersonIndexer.open(dir)) {
            // Many persons match "Снегов" only as the other gender's form; one matches exactly, indexed last.
            for (int i = 0; i < 2 * PersonSearcher.COUNT_UP_TO; i++) {
                indexer.index(new PersonDocument(String.format(java.util.Locale.ROOT, "pf%09d", i), "Мария Снегова",
                        null, List.of("Снегова Мария"), 1900, "Тверь", List.of("Тверь"), List.of("arrest")));
            }
            indexer.index(SNEGOV);
            indexer.commit();
        }
        try (PersonSearcher searcher = PersonSearcher.open(dir)) {
            SearchResult r = searcher.search("Снегов", 0, 10, false);
            assertThat(r.hits().get(0).personId()).isEqualTo(SNEGOV.personId());
            assertThat(r.hits().get(1).why()).extracting(MatchReason::kind)
                    .containsExactly(MatchReason.Kind.FEMININE_FORM);
        }
    }

    @Test
    void seesEachCommitMadeAfterItOpened() {
        try (PersonSearcher searcher = PersonSearcher.open(dir)) {
            assertThat(searcher.search("", 0, 10).total()).isZero();
            try (PersonIndexer indexer = PersonIndexer.open(dir)) {
                indexer.index(SNEGOV);
                indexer.commit();
                assertThat(searcher.search("Snegov", 0, 10).total()).isEqualTo(1);
                indexer.index(TESTOV);
                assertThat(searcher.size()).as("not committed yet").isEqualTo(1);
                indexer.commit();
                assertThat(searcher.search("", 0, 10).total()).isEqualTo(2);
            }
        }
    }

    @Test
    void opensAnEmptyIndexWhereNoneExists() {
        try (PersonSearcher searcher = PersonSearcher.open(dir.resolve("fresh"))) {
            assertThat(searcher.search("anything", 0, 10).total()).isZero();
        }
    }
}
