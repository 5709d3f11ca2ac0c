package org.snegov.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

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
