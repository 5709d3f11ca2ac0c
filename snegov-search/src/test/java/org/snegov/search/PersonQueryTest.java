package org.snegov.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonQueryTest {

    @Test
    void readsFieldsRangesAndFreeText() {
        PersonQuery q = PersonQuery.parse("born:1895-1900 place:\"Saint Petersburg\" event:Arrest@1937 source:3F snegov");
        assertThat(q.bornFrom()).isEqualTo(1895);
        assertThat(q.bornTo()).isEqualTo(1900);
        assertThat(q.places()).containsExactly("Saint Petersburg");
        assertThat(q.events()).containsExactly("arrest@1937");
        assertThat(q.sources()).containsExactly("3f");
        assertThat(q.words()).containsExactly("snegov");
    }

    @Test
    void readsBornMarkersAndBareYearsInFreeText() {
        PersonQuery q = PersonQuery.parse("Alexei Snegoff b. 1898 Kiev");
        assertThat(q.words()).containsExactly("Alexei", "Snegoff", "Kiev");
        assertThat(q.bornFrom()).isEqualTo(1898);
        assertThat(PersonQuery.parse("Снегов род. 1898").bornFrom()).isEqualTo(1898);
        assertThat(PersonQuery.parse("Snegov 1937").years()).isEqualTo(List.of(1937));
    }

    @Test
    void keepsInitialsAsWords() {
        assertThat(PersonQuery.parse("Снегов А. В.").words()).containsExactly("Снегов", "А.", "В.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Snegov born:1895-1900               | BORN   | 1895-1900        | Snegov
            Snegov place:"Saint Petersburg" x   | PLACE  | Saint Petersburg | Snegov x
            event:arrest@1937 Snegov            | EVENT  | arrest@1937      | Snegov
            Snegov  source:3f2a                 | SOURCE | 3f2a             | Snegov
            Snegov 1937,                        | YEAR   | 1937             | Snegov
            Alexei Snegoff b. 1898 Kiev         | BORN   | 1898             | Alexei Snegoff Kiev
            """)
    void findsEachFilterAndTheQueryWithoutIt(String text, PersonQuery.Filter.Kind kind, String value, String without) {
        List<PersonQuery.Filter> filters = PersonQuery.filters(text);
        assertThat(filters).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(kind);
            assertThat(f.value()).isEqualTo(value);
            assertThat(f.removeFrom(text)).isEqualTo(without);
        });
    }

    @Test
    void removesOneFilterOfSeveralAndKeepsTheOthers() {
        String text = "Снегов born:1890-1899 event:arrest place:Kiev";
        List<PersonQuery.Filter> filters = PersonQuery.filters(text);
        assertThat(filters).extracting(PersonQuery.Filter::kind).containsExactly(PersonQuery.Filter.Kind.BORN,
                PersonQuery.Filter.Kind.EVENT, PersonQuery.Filter.Kind.PLACE);
        assertThat(filters.get(1).removeFrom(text)).isEqualTo("Снегов born:1890-1899 place:Kiev");
        assertThat(PersonQuery.parse(filters.get(1).removeFrom(text)).events()).isEmpty();
    }

    @Test
    void findsNoFilterInNamesOrInABornThatIsNotAYear() {
        assertThat(PersonQuery.filters("Снегов name:Snegow born:somewhere А. В.")).isEmpty();
        assertThat(PersonQuery.filters(null)).isEmpty();
    }

    @Test
    void neverFailsOnRandomInputAndEveryFilterIsRemovable() {
        Random random = new Random(7);
        String alphabet = "abcборн:place\"event@source1937-. ";
        for (int i = 0; i < 400; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                s.append(random.nextInt(8) == 0 ? (char) random.nextInt(0x500) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            for (PersonQuery.Filter f : PersonQuery.filters(text)) {
                String without = f.removeFrom(text);
                assertThat(without.length()).as(text).isLessThan(text.length());
                assertThat(PersonQuery.filters(without)).as(text).hasSizeLessThan(PersonQuery.filters(text).size());
            }
        }
    }

    @Test
    void neverFailsOnRandomInput() {
        Random random = new Random(21);
        String alphabet = "abcборн:place\"event@source1937-. ";
        for (int i = 0; i < 400; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                s.append(random.nextInt(8) == 0 ? (char) random.nextInt(0x500) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThatCode(() -> new QueryBuilder().build(PersonQuery.parse(s.toString())))
                    .as(s.toString()).doesNotThrowAnyException();
        }
    }
}
