package org.snegov.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Снегов         | Snegov
            Снегов         | Snegow
            Снегов         | Sniegow
            Снегов         | Snegoff
            Снегов         | Снєгов
            Щербаков       | Shcherbakov
            Щербаков       | Szczerbaków
            Щербаков       | Schtscherbakow
            Щербаков       | Ščerbakov
            Щербаков       | Shherbakov
            Щербаков       | Chtcherbakoff
            Хрущёв         | Khrushchev
            Хрущёв         | Hruŝëv
            Алексей        | Aleksei
            Алексей        | Alexey
            Алексей        | Alexej
            Евгений        | Yevgeniy
            Евгений        | Jewgenij
            Юрий           | Iurii
            Юрий           | Jurij
            Братск         | Bratsk
            Григоренко     | Hryhorenko
            """)
    void givesOneCanonicalKeyToSpellingsOfOneName(String cyrillic, String other) {
        assertThat(NameKeys.canonical(other)).isEqualTo(NameKeys.canonical(cyrillic));
    }

    @ParameterizedTest(name = "{0} read back as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Joukov        | Жуков
            Chruschtschow | Хрущёв
            Xrushhyov     | Хрущёв
            Tchoukovski   | Чуковский
            """)
    void meetsTheCyrillicOriginalThroughSomeReadingWhereTheKeyAloneCannot(String latin, String cyrillic) {
        assertThat(NameKeys.readings(latin)).contains(NameKeys.canonical(cyrillic));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Снегов   | Снегова
            Иванов   | Петров
            Анна     | Иоанн
            """)
    void keepsDifferentNamesApart(String a, String b) {
        assertThat(NameKeys.canonical(a)).isNotEqualTo(NameKeys.canonical(b));
    }

    @ParameterizedTest(name = "{0} explained by {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Snegow  | Снегов | GERMAN
            Sniegow | Снегов | POLISH
            Snegoff | Снегов | FRENCH
            Joukov  | Жуков  | FRENCH
            """)
    void namesTheSystemThatExplainsASpelling(String latin, String cyrillic, NameTransliteration system) {
        assertThat(NameKeys.systemsReading(latin, cyrillic)).contains(system);
    }

    @Test
    void foldsAnyScriptToLowerCaseAscii() {
        assertThat(NameKeys.fold("Алексей Снегов")).isEqualTo("aleksei snegov");
        assertThat(NameKeys.fold("Łódź")).isEqualTo("lodz");
    }

    @Test
    void givesOverlappingBeiderMorseCodesToSpellingsOfOneName() {
        assertThat(NameKeys.beiderMorse("Snegow")).containsAnyElementsOf(NameKeys.beiderMorse("Снегов"));
        assertThat(NameKeys.beiderMorse("Snegoff")).containsAnyElementsOf(NameKeys.beiderMorse("Snegov"));
    }

    @Test
    void survivesRandomInputAndIsIdempotent() {
        Random random = new Random(11);
        for (int i = 0; i < 1_500; i++) {
            String s = RandomNames.next(random);
            boolean phonetic = i < 200;
            assertThatCode(() -> {
                String key = NameKeys.canonical(s);
                assertThat(key).matches("[a-z ]*");
                assertThat(NameKeys.canonical(key)).as("key of %s", s).isEqualTo(key);
                NameKeys.readings(s);
                if (phonetic) {
                    NameKeys.beiderMorse(s);
                }
                assertThat(NameKeys.fold(s)).matches("[a-z0-9 ]*");
            }).as("input %s", s).doesNotThrowAnyException();
        }
    }
}
