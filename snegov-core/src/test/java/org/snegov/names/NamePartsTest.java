package org.snegov.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamePartsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Снегов Алексей Владимирович | Снегов | Алексей | Владимирович
            Alexei Vladimirovich Snegov | Snegov | Alexei  | Vladimirovich
            Снегов А. В.                | Снегов | А       | В
            Снегов А.В.                 | Снегов | А       | В
            A. V. Snegov                | Snegov | A       | V
            Snegov A.                   | Snegov | A       | -
            Snegov, Alexei              | Snegov | Alexei  | -
            Alexei Snegov               | Snegov | Alexei  | -
            Снегов Алексей              | Снегов | Алексей | -
            Снегов                      | Снегов | -       | -
            Иванова Мария Петровна      | Иванова | Мария  | Петровна
            """)
    void splitsNamesInEitherOrderWithInitials(String name, String surname, String given, String patronymic) {
        assertThat(NameParts.parse(name)).isEqualTo(new NameParts(surname, given, patronymic));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Владимирович, true
            Wladimirowitsch, true
            Władimirowicz, true
            Ivanovna, true
            Ильич, true
            Снегов, false
            Ivanov, false
            """)
    void recognisesPatronymicsInAnyScript(String word, boolean patronymic) {
        assertThat(NameParts.isPatronymic(word)).isEqualTo(patronymic);
    }

    @Test
    void parsesRandomInputWithoutFailingAndStablyOnItsOwnParts() {
        Random random = new Random(9);
        for (int i = 0; i < 2_000; i++) {
            NameParts parts = NameParts.parse(RandomNames.next(random));
            assertThat(parts).isNotNull();
            if (parts.surname() != null && parts.given() == null) {
                assertThat(NameParts.parse(parts.surname()).surname()).isNotNull();
            }
        }
    }
}
