package org.snegov.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameTransliterationTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            BGN_PCGN           | Алексей Щербаков  | Aleksey Shcherbakov
            ISO_9              | Щербаков Юрий     | Ŝerbakov Ûrij
            GOST_7_79_B        | Хрущёв Щербаков   | Xrushhyov Shherbakov
            ICAO_2013          | Алексей Юрьев     | Aleksei Iurev
            ALA_LC             | Алексей Юрьев     | Alekseĭ I͡urʹev
            GERMAN             | Алексей Щербаков  | Alexej Schtscherbakow
            GERMAN             | Евгений Васильев  | Jewgenij Wassiljew
            POLISH             | Алексей Снегов    | Aleksiej Sniegow
            POLISH             | Щербаков Жуков    | Szczerbakow Żukow
            FRENCH             | Щербаков Жуков    | Chtcherbakoff Joukoff
            CZECH              | Щербаков Жуков    | Ščerbakov Žukov
            UKRAINIAN_NATIONAL | Олексій Григорій  | Oleksii Hryhorii
            UKRAINIAN_NATIONAL | Юрій Яковенко     | Yurii Yakovenko
            UKRAINIAN_BGN      | Олексій Єгоров    | Oleksiy Yehorov
            BELARUSIAN_BGN     | Уладзімір         | Uladzimir
            """)
    void writesNamesAsEachSystemDoes(NameTransliteration system, String cyrillic, String latin) {
        assertThat(system.transliterate(cyrillic)).isEqualTo(latin);
    }

    @Test
    void passesLatinTextThroughUnchanged() {
        for (NameTransliteration system : NameTransliteration.values()) {
            assertThat(system.transliterate("Snegov")).as(system.name()).isEqualTo("Snegov");
        }
    }

    @Test
    void survivesRandomInputInEverySystem() {
        Random random = new Random(3);
        for (int i = 0; i < 1_000; i++) {
            String s = RandomNames.next(random);
            for (NameTransliteration system : NameTransliteration.values()) {
                assertThatCode(() -> assertThat(system.transliterate(s)).isNotNull())
                        .as("%s on %s", system, s).doesNotThrowAnyException();
            }
        }
    }
}
