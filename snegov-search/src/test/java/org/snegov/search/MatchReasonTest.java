package org.snegov.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.snegov.names.NameTransliteration;

class MatchReasonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            EXACT              | Снегов           | Снегов    |                  | Снегов: exact
            SAME_LETTERS       | снегов           | Снегов    |                  | снегов = Снегов: same letters
            INITIAL            | А                | Алексей   |                  | А. = Алексей: initial
            OTHER_SPELLING     | Snegov           | Снегов    |                  | Snegov ≈ Снегов: same name in another spelling
            OTHER_READING      | Snegoff          | Снегов    |                  | Snegoff ≈ Снегов: another reading of the spelling
            GIVEN_NAME_VARIANT | Alexis           | Алексей   | Алексей          | Alexis ≈ Алексей: variant of the given name Алексей
            FEMININE_FORM      | Снегов           | Снегова   |                  | Снегов ~ Снегова: feminine form of the surname
            MASCULINE_FORM     | Снегова          | Снегов    |                  | Снегова ~ Снегов: masculine form of the surname
            SOUNDS_ALIKE       | Snjegow          | Снегов    |                  | Snjegow ≈ Снегов: sounds alike (Beider–Morse)
            SAME_PLACE_TEXT    | Киев             | Киев      | Kiev             | Киев = Киев: same place
            SAME_PLACE         | Kyiv             | Киев      | Kiev             | Kyiv = Киев: same place (Kiev)
            FORMER_PLACE_NAME  | Saint Petersburg | Ленинград | Saint Petersburg | Saint Petersburg = Ленинград: former name of Saint Petersburg
            """)
    void saysEachKindOfEvidenceInEnglishAsTheApiAlwaysHas(MatchReason.Kind kind, String asked, String found,
                                                         String detail, String expected) {
        assertThat(new MatchReason(kind, asked, found, detail, List.of()).text()).isEqualTo(expected);
    }

    @Test
    void namesThreeTransliterationSystemsThenCountsTheRest() {
        List<NameTransliteration> five = List.of(NameTransliteration.GERMAN, NameTransliteration.POLISH,
                NameTransliteration.FRENCH, NameTransliteration.CZECH, NameTransliteration.ISO_9);
        assertThat(new MatchReason(MatchReason.Kind.TRANSLITERATION, "Snegow", "Снегов", null, five.subList(0, 1))
                .text()).isEqualTo("Snegow ≈ Снегов: German transliteration");
        assertThat(new MatchReason(MatchReason.Kind.TRANSLITERATION, "Snegow", "Снегов", null, five).text())
                .isEqualTo("Snegow ≈ Снегов: German transliteration, Polish transliteration, French transliteration"
                        + " and 2 more");
    }

    @ParameterizedTest
    @EnumSource(MatchReason.Kind.class)
    void everyKindHasAnEnglishTextNamingTheWordAsked(MatchReason.Kind kind) {
        assertThat(new MatchReason(kind, "asked", "found", "detail", List.of(NameTransliteration.GERMAN)).text())
                .startsWith("asked");
    }

    @Test
    void refusesAReasonWithoutItsWords() {
        assertThatThrownBy(() -> MatchReason.of(MatchReason.Kind.EXACT, null, "x"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("asked");
    }
}
