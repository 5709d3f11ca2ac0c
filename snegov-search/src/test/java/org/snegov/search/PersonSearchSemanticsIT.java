package org.snegov.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snegov.names.NameParts;

class PersonSearchSemanticsIT {

    @TempDir
    static Path dir;

    private static final PersonDocument SNEGOV = new PersonDocument("p0000000001", "Alexei Snegov",
            "Алексей Владимирович Снегов", List.of("Alexei Snegov", "Алексей Владимирович Снегов"), 1898,
            "Киев", List.of("Киев", "Москва", "Норильск"), List.of("arrest", "rehabilitation"),
            List.of("arrest@1937", "rehabilitation@1954"), List.of("3f2a9c"),
            List.of(new NameParts("Снегов", "Алексей", "Владимирович")));
    private static final PersonDocument SNEGOVA = new PersonDocument("p0000000002", "Мария Петровна Снегова", null,
            List.of("Снегова Мария Петровна"), 1901, "Ленинград", List.of("Ленинград"), List.of("arrest"),
            List.of("arrest@1938"), List.of("77aa00"), List.of());
    private static final PersonDocument SHCHERBAKOV = new PersonDocument("p0000000003", "Иван Щербаков", null,
            List.of("Щербаков Иван Ильич"), 1895, "Тифлис", List.of("Тифлис"), List.of("execution"),
            List.of("execution@1938"), List.of("3f2a9c"), List.of());

    @BeforeAll
    static void index() {
        try (PersonIndexer indexer = PersonIndexer.open(dir)) {
            indexer.index(SNEGOV);
            indexer.index(SNEGOVA);
            indexer.index(SHCHERBAKOV);
            indexer.commit();
        }
    }

    private static List<String> ids(String query) {
        try (PersonSearcher searcher = PersonSearcher.open(dir)) {
            return searcher.search(query, 0, 10).hits().stream().map(SearchHit::personId).toList();
        }
    }

    private static SearchHit first(String query) {
        try (PersonSearcher searcher = PersonSearcher.open(dir)) {
            return searcher.search(query, 0, 10).hits().get(0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sniegow                                  | p0000000001
            Снєгов                                   | p0000000001
            Alexei Snegoff b. 1898 Kiev              | p0000000001
            Alexis Snegow                            | p0000000001
            Олексій Снєгов                           | p0000000001
            Снегов А. В.                             | p0000000001
            born:1898 place:Kyiv event:arrest@1937   | p0000000001
            Snegov born:1890-1900                    | p0000000001
            Schtscherbakow                           | p0000000003
            Chtcherbakoff Tbilisi                    | p0000000003
            Снегова                                  | p0000000002
            Snegova Petrograd                        | p0000000002
            """)
    void putsTheRightPersonFirst(String query, String id) {
        assertThat(ids(query)).first().isEqualTo(id);
    }

    @Test
    void ranksTheOtherGenderFormOfTheSurnameBelowTheSameForm() {
        assertThat(ids("Снегов")).containsExactly("p0000000001", "p0000000002");
    }

    @Test
    void filtersByEventYearSourceAndBareYear() {
        assertThat(ids("event:@1938")).containsExactlyInAnyOrder("p0000000002", "p0000000003");
        assertThat(ids("event:execution")).containsExactly("p0000000003");
        assertThat(ids("source:3f2a")).containsExactlyInAnyOrder("p0000000001", "p0000000003");
        assertThat(ids("Snegov 1937")).containsExactly("p0000000001");
        assertThat(ids("Snegov 1925")).isEmpty();
    }

    @Test
    void explainsEachMatch() {
        SearchHit hit = first("Snegow Alexis Kiev");
        assertThat(hit.reasons()).contains("Snegow ≈ Снегов: German transliteration",
                "Alexis ≈ Alexei: variant of the given name Алексей");
        assertThat(hit.reasons()).anySatisfy(r -> assertThat(r).startsWith("Kiev = Киев"));
        assertThat(hit.matchedWords()).contains("Снегов");
    }

    @Test
    void explainsAFormerPlaceName() {
        assertThat(first("Snegova place:\"Saint Petersburg\"").reasons())
                .contains("Saint Petersburg = Ленинград: former name of Saint Petersburg");
    }

    @Test
    void countsFacetsOverAllMatches() {
        try (PersonSearcher searcher = PersonSearcher.open(dir)) {
            SearchResult r = searcher.search("", 0, 1);
            assertThat(r.facets().get("event")).contains(new SearchResult.FacetCount("arrest", 2));
            assertThat(r.facets().get("birth_decade")).contains(new SearchResult.FacetCount("1890s", 2));
            assertThat(r.facets().get("place")).extracting(SearchResult.FacetCount::value).contains("Kiev",
                    "Saint Petersburg", "Tbilisi");
        }
    }
}
