package org.snegov.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.provider.EnumSource;
import org.snegov.app.service.SearchPage;
import org.snegov.model.PartialDate;
import org.snegov.names.NameTransliteration;
import org.snegov.search.MatchReason;

class UiTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            EN | 1939-01-04 | 4 January 1939
            EN | 1937-06    | June 1937
            EN | 1898       | 1898
            EN | 1930s      | 1930s
            EN | ~1937      | c. 1937
            RU | 1939-01-04 | 4 января 1939 г.
            RU | 1937-06    | июнь 1937 г.
            RU | 1898       | 1898 г.
            RU | 1930s      | 1930-е
            RU | ~1937      | ок. 1937 г.
            """)
    void writesDatesAtTheirPrecisionInEachLanguage(Ui.Lang lang, String iso, String expected) {
        assertThat(Ui.of(lang).date(PartialDate.parse(iso))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EN | 1  | 1 person found
            EN | 2  | 2 persons found
            RU | 1  | Найден 1 человек
            RU | 3  | Найдено 3 человека
            RU | 5  | Найдено 5 человек
            RU | 21 | Найден 21 человек
            """)
    void pluralisesByTheRulesOfEachLanguage(Ui.Lang lang, long n, String expected) {
        assertThat(Ui.of(lang).t("search.found", n)).isEqualTo(expected);
    }

    /** The reason as the service hands it to the page. */
    private static SearchPage.Reason reason(MatchReason r) {
        return new SearchPage.Reason(r.kind().name().toLowerCase(Locale.ROOT), r.asked(), r.found(), r.detail(),
                r.systems(), r.text());
    }

    @ParameterizedTest
    @EnumSource(MatchReason.Kind.class)
    void saysEveryMatchReasonInEnglishWordForWordAsTheApi(MatchReason.Kind kind) {
        for (List<NameTransliteration> systems : List.of(List.of(NameTransliteration.GERMAN),
                List.of(NameTransliteration.values()))) {
            MatchReason r = new MatchReason(kind, "Snegow", "Снегов", "Moscow",
                    kind == MatchReason.Kind.TRANSLITERATION ? systems : List.of());
            assertThat(Ui.of(Ui.Lang.EN).reason(reason(r))).isEqualTo(r.text());
        }
    }

    @ParameterizedTest
    @EnumSource(MatchReason.Kind.class)
    void saysEveryMatchReasonInRussianWithoutEnglishWords(MatchReason.Kind kind) {
        String detail = kind.name().contains("PLACE") ? "Moscow" : "Алексей";
        MatchReason r = new MatchReason(kind, "Снегов", "Снегова", detail,
                kind == MatchReason.Kind.TRANSLITERATION ? List.of(NameTransliteration.values()) : List.of());
        assertThat(Ui.of(Ui.Lang.RU).reason(reason(r))).startsWith("Снегов").doesNotContainPattern(
                "\\b(exact|same|letters|initial|transliteration|spelling|reading|variant|form|sounds|place|former|"
                        + "more|Moscow)\\b");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            TRANSLITERATION   | Snegow ≈ Снегов: немецкая транскрипция
            FORMER_PLACE_NAME | Snegow ≈ Снегов: прежнее название, ныне Санкт-Петербург
            """)
    void translatesSystemsAndModernPlaceNames(MatchReason.Kind kind, String expected) {
        MatchReason r = new MatchReason(kind, "Snegow", "Снегов", "Saint Petersburg",
                kind == MatchReason.Kind.TRANSLITERATION ? List.of(NameTransliteration.GERMAN) : List.of());
        assertThat(Ui.of(Ui.Lang.RU).reason(reason(r)).replace(" = ", " ≈ ")).isEqualTo(expected);
    }

    @Test
    void countsTheSystemsItDoesNotName() {
        MatchReason r = new MatchReason(MatchReason.Kind.TRANSLITERATION, "Snegow", "Снегов", null,
                List.of(NameTransliteration.values()));
        assertThat(Ui.of(Ui.Lang.RU).reason(reason(r))).endsWith(" и ещё " + (NameTransliteration.values().length - 3));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Moscow           | Москва
            Saint Petersburg | Санкт-Петербург
            Kiev             | Киев
            Mykolayiv        | Николаев
            Nowhere At All   | Nowhere At All
            """)
    void namesModernPlacesInRussianOnTheRussianInterfaceOnly(String modern, String russian) {
        assertThat(Ui.of(Ui.Lang.RU).place(modern)).isEqualTo(russian);
        assertThat(Ui.of(Ui.Lang.EN).place(modern)).isEqualTo(modern);
    }

    @Test
    void saysATotalThatIsALowerBoundWithAPlus() {
        assertThat(Ui.of(Ui.Lang.EN).t("search.foundAtLeast", 1000L)).isEqualTo("1,000+ persons found");
        assertThat(Ui.of(Ui.Lang.RU).t("search.foundAtLeast", 1000L)).isEqualTo("Найдено 1\u00a0000+ человек");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws Exception {
        assertThat(keys("ru")).isEqualTo(keys("en"));
    }

    private static java.util.Set<Object> keys(String lang) throws Exception {
        Properties p = new Properties();
        try (InputStream in = UiTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.keySet();
    }
}
